// removeEventListener and a null handler stop deliveries.
const { port } = require('./lib/harness.js');
const s = new TCPSocket('127.0.0.1', port('ECHO'), { binaryType: 'string' });
const log = [];
const listener = e => log.push('listener ' + e.data);
s.addEventListener('message', listener);
s.onmessage = e => log.push('handler ' + e.data);
s.onopen = () => s.send('1');
let n = 0;
s.addEventListener('message', () => {
  n++;
  if (n === 1) {
    s.removeEventListener('message', listener);
    s.onmessage = null;
    s.send('2');
  } else {
    s.close();
  }
});
s.onclose = () => { console.log(log.join('\n')); console.log('handler now', s.onmessage); };

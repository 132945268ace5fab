// Setting an on<type> handler attribute to null removes the handler (the
// DOM's rule, which the contract follows, where Node 20's EventTarget keeps
// its place): set again, it runs after the listeners added meanwhile.
// Replacing a handler keeps its place; undefined counts as null.
const { port } = require('./lib/harness.js');
const s = new TCPSocket('127.0.0.1', port('ECHO'), { binaryType: 'string' });
const log = [];
s.onmessage = e => log.push('first handler ' + e.data);
s.addEventListener('message', e => log.push('listener ' + e.data));
s.onmessage = null;
console.log('after null:', s.onmessage);
s.onmessage = e => {
  log.push('second handler ' + e.data);
  if (e.data === '1') {
    s.onmessage = undefined;
    s.addEventListener('message', e => log.push('late listener ' + e.data));
    s.onmessage = e => { log.push('third handler ' + e.data); s.close(); };
    s.send('2');
  }
};
s.onopen = () => s.send('1');
s.onclose = () => console.log(log.join('\n'));

// An exception thrown by a message handler is reported as uncaught; the
// socket goes on delivering events.
const { port } = require('./lib/harness.js');
process.on('uncaughtException', e => console.log('uncaught', e.message));
const s = new TCPSocket('127.0.0.1', port('ECHO'), { binaryType: 'string' });
let n = 0;
s.onopen = () => s.send('one');
s.onmessage = e => {
  n++;
  if (n === 1) { s.send('two'); throw new Error('handler threw on ' + e.data); }
  console.log('second message', e.data);
  s.close();
};
s.onclose = () => console.log('close');

// open, message, end and close arrive in that order for an echo dialogue,
// and readyState follows them.
const { port } = require('./lib/harness.js');
const s = new TCPSocket('127.0.0.1', port('ECHO'), { binaryType: 'string' });
console.log('constructed', s.readyState === TCPSocket.CONNECTING);
s.onopen = () => {
  console.log('open', s.readyState === s.OPEN, s.address, s.port === port('ECHO'), s.localAddress);
  s.send('hello');
  s.halfClose();
};
s.onmessage = e => console.log('message', e.data, e.type, e.target === s);
s.onend = () => console.log('end', s.readyState, s.isHalfClosed);
s.onclose = e => console.log('close', e.wasClean, s.readyState === Socket.CLOSED);

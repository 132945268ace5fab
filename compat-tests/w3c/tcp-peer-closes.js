// A peer that says bye and closes: message, end, then close (the socket
// closes by itself, allowHalfOpen being false).
const { port } = require('./lib/harness.js');
const s = new TCPSocket('127.0.0.1', port('CLOSER'), { binaryType: 'string' });
s.onopen = () => console.log('open');
s.onmessage = e => console.log('message', JSON.stringify(e.data));
s.onend = () => console.log('end', s.readyState, s.isHalfClosed);
s.onclose = e => console.log('close', e.wasClean, s.readyState);

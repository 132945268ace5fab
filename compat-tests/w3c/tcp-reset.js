// A connection the peer resets is NetworkInterruptError with ECONNRESET,
// then an unclean close.
const { port } = require('./lib/harness.js');
const s = new TCPSocket('127.0.0.1', port('RESET'));
s.onopen = () => { console.log('open'); s.send('x'); };
s.onerror = e => console.log('error', e.name, e.code, e.message, e.error.errno, s.readyState);
s.onclose = e => console.log('close', e.wasClean, e.reason);

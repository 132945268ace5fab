// close() while connecting abandons the connection: no open, no error, a
// clean close event.
const { port } = require('./lib/harness.js');
const s = new TCPSocket('127.0.0.1', port('BLACKHOLE'));
s.onopen = () => console.log('open: never');
s.onerror = () => console.log('error: never');
s.onclose = e => console.log('close', e.wasClean, s.readyState);
s.close();
console.log('after close()', s.readyState);
s.close();

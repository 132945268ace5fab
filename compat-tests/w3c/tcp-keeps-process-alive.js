// An open socket keeps the process alive until it closes, with no timer
// or other work pending.
const { port } = require('./lib/harness.js');
const s = new TCPSocket('127.0.0.1', port('TICKER'), { binaryType: 'string' });
let ticks = 0;
s.onmessage = e => { ticks += e.data.split('\n').filter(Boolean).length; };
s.onclose = () => console.log('closed after', ticks, 'ticks');
process.on('exit', () => console.log('exit'));

// ondata is an alias of onmessage (Mozilla's TCPSocket spelling).
const { port } = require('./lib/harness.js');
const s = new TCPSocket('127.0.0.1', port('ECHO'), { binaryType: 'string' });
const h = e => { console.log('ondata got', e.data); s.close(); };
s.ondata = h;
console.log('same handler', s.onmessage === h, s.ondata === h);
s.onopen = () => s.send('via ondata');
s.onclose = () => console.log('closed');

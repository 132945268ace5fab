// The proposal's constructor form: one options object with localAddress,
// localPort, remoteAddress and remotePort (a connected socket).
const { port } = require('./lib/harness.js');
const p = port('UDP_ECHO');
const s = new UDPSocket({ localAddress: '127.0.0.1', remoteAddress: '127.0.0.1', remotePort: p, binaryType: 'string' });
console.log('peer', s.address, s.port === p);
s.onopen = () => s.send('connected');
s.onmessage = e => { console.log('got', e.data); s.close(); };

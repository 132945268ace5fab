// An IPv6 socket talks to an IPv6 peer.
const { port } = require('./lib/harness.js');
const s = new UDPSocket('::1', 0, { binaryType: 'string' });
console.log('local', s.localAddress, s.localURL === '[::1]:' + s.localPort, s.ipVersion);
s.onopen = () => s.send('six', '::1', port('UDP_ECHO6'));
s.onmessage = e => { console.log('got', e.data, 'from', e.remoteAddress, 'to', e.localAddress); s.close(); };

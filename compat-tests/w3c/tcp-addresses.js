// address, port and url describe the peer (url as the script named it),
// localAddress, localPort and localURL the local end, ipVersion the family
// in use; localAddress and localPort bind the local end.
const { port } = require('./lib/harness.js');
const p = port('ECHO');
const a = new TCPSocket('localhost', p, { ipVersion: 4 });
console.log('a before open', a.url === 'localhost:' + p, a.ipVersion === 0 || a.ipVersion === 4);
a.onopen = () => {
  console.log('a', a.address, a.port === p, a.url === 'localhost:' + p, a.localAddress, a.localURL === '127.0.0.1:' + a.localPort, a.ipVersion);
  a.close();
};
const b = new TCPSocket('127.0.0.1', p, '127.0.0.2', 0);
b.onopen = () => {
  console.log('b', b.address, b.url === '127.0.0.1:' + p, b.localAddress, b.localPort > 0);
  b.close();
};
const c = new TCPSocket('::1', port('ECHO6'));
c.onopen = () => {
  console.log('c', c.address, c.url === '[::1]:' + port('ECHO6'), c.localAddress, c.localURL === '[::1]:' + c.localPort, c.ipVersion);
  c.close();
};
const d = new TCPSocket('[::1]', port('ECHO6'), { localAddress: '::1' });
d.onopen = () => {
  console.log('d', d.address, d.url === '[::1]:' + port('ECHO6'), d.ipVersion);
  d.close();
};
let closed = 0;
for (const s of [a, b, c, d]) s.addEventListener('close', () => { if (++closed === 4) console.log('all closed'); });

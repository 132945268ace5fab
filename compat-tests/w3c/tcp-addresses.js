// address, port and url describe the peer (url as the script named it),
// localAddress, localPort and localURL the local end, ipVersion the family
// in use; localAddress and localPort bind the local end.
const { port } = require('./lib/harness.js');
const p = port('ECHO');
const p6 = port('ECHO6');
const opened = (s, show) => new Promise(resolve => {
  s.onopen = () => { show(); s.close(); };
  s.onclose = resolve;
});
(async () => {
  const a = new TCPSocket('localhost', p, { ipVersion: 4 });
  console.log('a before open', a.url === 'localhost:' + p, a.ipVersion === 0 || a.ipVersion === 4);
  await opened(a, () => console.log('a', a.address, a.port === p, a.url === 'localhost:' + p, a.localAddress, a.localURL === '127.0.0.1:' + a.localPort, a.ipVersion));
  const b = new TCPSocket('127.0.0.1', p, '127.0.0.2', 0);
  await opened(b, () => console.log('b', b.address, b.url === '127.0.0.1:' + p, b.localAddress, b.localPort > 0));
  const c = new TCPSocket('::1', p6);
  await opened(c, () => console.log('c', c.address, c.url === '[::1]:' + p6, c.localAddress, c.localURL === '[::1]:' + c.localPort, c.ipVersion));
  const d = new TCPSocket('[::1]', p6, { localAddress: '::1' });
  await opened(d, () => console.log('d', d.address, d.url === '[::1]:' + p6, d.ipVersion));
  console.log('all closed');
})();

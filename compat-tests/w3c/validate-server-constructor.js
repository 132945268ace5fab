// TCPServerSocket's constructor validates its arguments synchronously.
const { thrown } = require('./lib/harness.js');
const cases = [
  () => new TCPServerSocket('not an address'),
  () => new TCPServerSocket('127.0.0.1', 65536),
  () => new TCPServerSocket('127.0.0.1', 0, 'x'),
  () => new TCPServerSocket('127.0.0.1', 0, { backlog: -1 }),
  () => new TCPServerSocket('127.0.0.1', 0, { binaryType: 'nope' }),
  () => new TCPServerSocket('127.0.0.1', 0, { useSecureTransport: true }),
  () => new TCPServerSocket('127.0.0.1', 0, { useSecureTransport: true, cert: 'x', key: 'y' }),
  () => new TCPServerSocket({ localAddress: '::1::2' }),
];
for (const c of cases) console.log(thrown(c));

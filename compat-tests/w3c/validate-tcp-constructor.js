// TCPSocket's constructor validates its arguments synchronously: TypeError
// for missing arguments, wrong types, out-of-range ports and unknown enum
// values, SyntaxError for malformed addresses.
const { thrown } = require('./lib/harness.js');
const cases = [
  () => new TCPSocket(),
  () => new TCPSocket('example.org'),
  () => new TCPSocket('exa mple.org', 1),
  () => new TCPSocket('', 1),
  () => new TCPSocket('[::1', 1),
  () => new TCPSocket('host..name', 1),
  () => new TCPSocket('a'.repeat(64) + '.org', 1),
  () => new TCPSocket(Symbol('x'), 1),
  () => new TCPSocket('localhost', -1),
  () => new TCPSocket('localhost', 65536),
  () => new TCPSocket('localhost', NaN),
  () => new TCPSocket('localhost', 'eighty'),
  () => new TCPSocket('localhost', 1, 'not an address'),
  () => new TCPSocket('localhost', 1, '127.0.0.1', 70000),
  () => new TCPSocket('localhost', 1, undefined, undefined, 'options'),
  () => new TCPSocket('localhost', 1, { binaryType: 'text' }),
  () => new TCPSocket('localhost', 1, { ipVersion: 5 }),
  () => new TCPSocket('localhost', 1, { minVersion: 'TLSv1.4' }),
  () => new TCPSocket('localhost', 1, { maxVersion: 'SSLv3' }),
  () => new TCPSocket('localhost', 1, { connectTimeout: -5 }),
  () => new TCPSocket('localhost', 1, { connectTimeout: Infinity }),
  () => new TCPSocket('localhost', 1, { highWaterMark: -1 }),
  () => new TCPSocket('localhost', 1, { keepAliveDelay: 2 ** 33 }),
  () => new TCPSocket('localhost', 1, { useSecureTransport: true, ca: 'garbage' }),
  () => new TCPSocket('localhost', 1, { useSecureTransport: true, cert: 'x' }),
  () => new TCPSocket('localhost', 1, { receiveBufferSize: 0 }),
];
for (const c of cases) console.log(thrown(c));

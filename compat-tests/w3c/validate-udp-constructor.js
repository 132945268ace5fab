// UDPSocket's constructor validates its arguments synchronously, in both
// the contract's form and the proposal's options-object form.
const { thrown } = require('./lib/harness.js');
const cases = [
  () => new UDPSocket('not an address'),
  () => new UDPSocket('example.org', 0),
  () => new UDPSocket('127.0.0.1', 65536),
  () => new UDPSocket('127.0.0.1', -1),
  () => new UDPSocket('127.0.0.1', 0, 42),
  () => new UDPSocket('127.0.0.1', 0, { binaryType: 'buffer' }),
  () => new UDPSocket('127.0.0.1', 0, { ttl: 0 }),
  () => new UDPSocket('127.0.0.1', 0, { ttl: 256 }),
  () => new UDPSocket('127.0.0.1', 0, { multicastTimeToLive: 300 }),
  () => new UDPSocket('127.0.0.1', 0, { receiveBufferSize: -1 }),
  () => new UDPSocket({ localAddress: 'bad address' }),
  () => new UDPSocket({ localPort: 1e6 }),
  () => new UDPSocket({ remoteAddress: 'a b', remotePort: 9 }),
  () => new UDPSocket({ remoteAddress: '127.0.0.1' }),
];
for (const c of cases) console.log(thrown(c));

// Socket's methods validate their arguments and the readyState.
const { thrown } = require('./lib/harness.js');
const u = new UDPSocket('127.0.0.1', 0);
const t = new TCPSocket('127.0.0.1', 1);
t.onerror = () => {};
const closed = new UDPSocket('127.0.0.1', 0);
closed.close();
const cases = [
  () => closed.send('x', '127.0.0.1', 9),
  () => t.send('x'),
  () => t.send(),
  () => u.send(),
  () => t.halfClose(),
  () => t.upgradeToSSL(),
  () => t.UpgradeToSSL(),
  () => t.upgradeToSecure(),
  () => u.resume(),
  () => t.resume(),
  () => u.setOption(),
  () => u.setOption('ttl'),
  () => u.getOption(),
  () => u.getOption('colour'),
  () => t.getOption('colour'),
  () => u.setOption('colour', 1),
  () => t.setOption('colour', 1),
  () => t.setOption('noDelay', 1),
  () => t.setOption('keepAlive', 'yes'),
  () => t.setOption('userTimeout', -1),
  () => t.setOption('highWaterMark', NaN),
  () => t.setOption('binaryType', 'text'),
  () => t.setOption('connectTimeout', 10),
  () => t.setOption('useSecureTransport', true),
  () => u.setOption('ttl', 0),
  () => u.setOption('ttl', '64'),
  () => u.setOption('multicastTimeToLive', 256),
  () => u.setOption('multicastLoopback', 1),
  () => u.setOption('broadcast', null),
  () => u.setOption('reusePort', true),
  () => u.setOption('ipv6Only', true),
  () => u.setPeer(),
  () => u.setPeer('a b', 1),
  () => u.setPeer('127.0.0.1'),
  () => u.setPeer('127.0.0.1', 99999),
];
for (const c of cases) console.log(thrown(c));
u.close();
t.close();

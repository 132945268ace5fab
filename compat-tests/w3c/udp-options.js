// UDP options: a frozen snapshot, aliases, setOption applying at once.
const { thrown } = require('./lib/harness.js');
const s = new UDPSocket('127.0.0.1', 0, { ttl: 32, multicastTimeToLive: 4, loopback: false, reuseAddress: true, broadcast: true });
const o = s.options;
console.log(JSON.stringify(Object.keys(o)));
console.log('values', o.addressReuse, o.reusePort, o.ipv6Only, o.broadcast, o.ttl, o.multicastTimeToLive, o.multicastLoopback, JSON.stringify(o.multicastInterface));
console.log('aliases', s.getOption('reuseAddress'), s.getOption('loopback'), 'ttl attribute', s.ttl);
console.log('set ttl', s.setOption('ttl', 5), s.ttl, 'old snapshot', o.ttl, 'new', s.options.ttl);
console.log('set loopback', s.setOption('loopback', true), s.getOption('multicastLoopback'));
console.log('set multicastTimeToLive', s.setOption('multicastTimeToLive', 0), s.getOption('multicastTimeToLive'));
console.log('set broadcast', s.setOption('broadcast', false), s.getOption('broadcast'));
console.log('set multicastInterface', s.setOption('multicastInterface', '127.0.0.1'), s.getOption('multicastInterface'));
console.log('set buffers', s.setOption('receiveBufferSize', 100000), s.getOption('receiveBufferSize'), s.setOption('sendBufferSize', 50000), s.getOption('sendBufferSize'));
console.log(thrown(() => { s.ttl = 9; }), s.ttl);
s.close();
console.log('closed:', thrown(() => s.setOption('ttl', 9)));

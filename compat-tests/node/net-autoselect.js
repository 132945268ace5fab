// autoSelectFamily: with several addresses from a lookup, attempts go
// one by one ('connectionAttempt', 'connectionAttemptFailed') until one
// connects; the attempted addresses are recorded.
'use strict';
const net = require('net');

const server = net.createServer((s) => s.end('reached'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const closed = net.createServer().listen(0, '::1', () => {
    const deadPort = closed.address().port;
    closed.close(() => {
      const c = net.connect({
        port,
        host: 'multi.test',
        lookup(host, opts, cb) {
          console.log('lookup options', JSON.stringify(opts));
          // ::1 has nothing on that port: the first attempt is refused.
          cb(null, [{ address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }]);
        },
      });
      c.on('connectionAttempt', (ip, p, family) => console.log('attempt', ip, p === port, family));
      c.on('connectionAttemptFailed', (ip, p, family, err) => console.log('failed', ip, family, err.code));
      c.on('connect', () => console.log('connected to', c.remoteAddress, JSON.stringify(c.autoSelectFamilyAttemptedAddresses.map((a) => a.replace(/:\d+$/, '')))));
      c.setEncoding('utf8');
      c.on('data', (d) => console.log('got', d, deadPort > 0));
      c.on('close', () => server.close());
    });
  });
});

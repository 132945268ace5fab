// Resolver.cancel() fails the query outstanding when it is called with
// ECANCELLED, even when the server's refusal (ICMP port unreachable) has
// already come back but not been handled yet: the script keeps the loop
// busy long enough for it to arrive, then cancels. A query made after
// cancel(), and one on another resolver, are refused as usual.
'use strict';
const dgram = require('dgram');
const dns = require('dns');

const probe = dgram.createSocket('udp4');
probe.bind(0, '127.0.0.1', () => {
  const server = '127.0.0.1:' + probe.address().port;
  probe.close(() => {
    const results = [];
    const record = (label) => (err, value) => {
      results.push(label + ': ' + (err ? err.code + ' ' + err.syscall : JSON.stringify(value)));
      if (results.length === 3) console.log(results.sort().join('\n'));
    };
    const cancelled = new dns.Resolver({ tries: 1, timeout: 2000 });
    cancelled.setServers([server]);
    cancelled.resolve4('a.example', record('resolve4, cancelled'));
    const until = Date.now() + 300;
    while (Date.now() < until);
    cancelled.cancel();
    cancelled.resolveTxt('b.example', record('resolveTxt after cancel'));
    const other = new dns.Resolver({ tries: 1, timeout: 2000 });
    other.setServers([server]);
    other.resolveMx('c.example', record('resolveMx, another resolver'));
  });
});

'use strict';
// The module-level resolver: dns.setServers points dns.resolve* at a
// server (getServers shows it with its port) and dns.promises follows it,
// while dns.promises.setServers changes only the promises side. lookup()
// keeps using the system's resolver (the hosts file), not these servers.
const dns = require('dns');
const { start, reply, record } = require('./fixtures/dns-server');

const ip = (s) => Buffer.from(s.split('.').map(Number));
start({}, (q) => {
  if (q.name === 'localhost') return reply(q, { answers: [record(q.name, 'A', 5, ip('192.0.2.200'))] });
  return reply(q, { answers: [record(q.name, 'A', 30, ip('192.0.2.33'))] });
}, (server) => {
  const original = dns.getServers();
  const addr = '127.0.0.1:' + server.port;
  dns.setServers([addr]);
  console.log('getServers has the port', dns.getServers()[0] === addr);
  console.log('promises follow dns.setServers', dns.promises.getServers()[0] === addr, 'changed', dns.getServers()[0] !== original[0]);
  dns.resolve4('a.example.test', { ttl: true }, (err, res) => {
    console.log('dns.resolve4', err, JSON.stringify(res));
    dns.resolve('b.example.test', 'A', (err2, res2) => {
      console.log('dns.resolve', err2, JSON.stringify(res2));
      dns.lookup('localhost', { family: 4 }, (err3, address) => {
        console.log('lookup ignores the resolver', err3, address);
        dns.promises.resolve4('c.example.test').then((r) => {
          console.log('dns.promises.resolve4', JSON.stringify(r));
          dns.promises.setServers(['127.0.0.2:53']);
          console.log('dns.promises.setServers leaves dns alone', dns.getServers()[0] === addr, dns.promises.getServers()[0]);
          console.log('queries', JSON.stringify(server.log));
          server.close();
        });
      });
    });
  });
});

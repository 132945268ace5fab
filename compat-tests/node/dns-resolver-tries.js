'use strict';
// A server that never answers: the Resolver asks it once per try (tries),
// then fails with ETIMEOUT; the error names the query and host. With
// tries: 1 there is exactly one query.
const dns = require('dns');
const { start } = require('./fixtures/dns-server');

start({}, () => null, (server) => {
  const r3 = new dns.Resolver({ timeout: 50, tries: 3 });
  r3.setServers(['127.0.0.1:' + server.port]);
  r3.resolveTxt('slow.example.test', (err) => {
    console.log('tries 3', err.code, err.syscall, err.hostname, err.message);
    console.log('queries', server.log.length);
    const r1 = new dns.Resolver({ timeout: 50, tries: 1 });
    r1.setServers(['127.0.0.1:' + server.port]);
    r1.resolveSrv('_x._tcp.example.test', (err2) => {
      console.log('tries 1', err2.code, err2.syscall, err2.hostname);
      console.log('queries', server.log.length, JSON.stringify(server.log.slice(3)));
      server.close();
    });
  });
});

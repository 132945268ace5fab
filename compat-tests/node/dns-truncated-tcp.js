'use strict';
// A UDP answer with the TC (truncated) bit makes the resolver ask again
// over TCP on the same server, and the TCP answer is the result; the
// server's log shows the UDP query, then the TCP one.
const dns = require('dns');
const { start, reply, record } = require('./fixtures/dns-server');

const ip = (s) => Buffer.from(s.split('.').map(Number));
start({ tcp: true }, (q, transport) => {
  if (transport === 'udp') return reply(q, { truncated: true, answers: [record(q.name, 'A', 60, ip('192.0.2.99'))] });
  return reply(q, {
    answers: [record(q.name, 'A', 60, ip('192.0.2.1')), record(q.name, 'A', 60, ip('192.0.2.2'))],
  });
}, (server) => {
  const r = new dns.Resolver({ timeout: 2000, tries: 1 });
  r.setServers(['127.0.0.1:' + server.port]);
  r.resolve4('big.example.test', (err, addrs) => {
    console.log('resolve4', err && err.code, JSON.stringify(addrs));
    console.log('queries', JSON.stringify(server.log));
    server.close();
  });
});

'use strict';
// Replies a resolver must not trust: a reply with another id is ignored
// (the query times out with ETIMEOUT), a reply too short to parse is
// EBADRESP, and an answer of the wrong type for the question is ENODATA.
const dns = require('dns');
const { start, reply, record } = require('./fixtures/dns-server');

start({}, (q) => {
  if (q.name.startsWith('wrong-id')) return reply(q, { id: (q.id + 1) & 0xffff });
  if (q.name.startsWith('short')) return reply(q).subarray(0, 7);
  if (q.name.startsWith('other-type')) return reply(q, { answers: [record(q.name, 'TXT', 60, Buffer.from('\x05hello', 'latin1'))] });
  return reply(q, { rcode: 3 });
}, async (server) => {
  const r = new dns.promises.Resolver({ timeout: 300, tries: 1 });
  r.setServers(['127.0.0.1:' + server.port]);
  for (const name of ['wrong-id.example.test', 'short.example.test', 'other-type.example.test']) {
    try {
      console.log(name, JSON.stringify(await r.resolve4(name)));
    } catch (e) {
      console.log(name, e.code, e.syscall, e.hostname, e.message);
    }
  }
  server.close();
});

'use strict';
// With two servers configured, every answer of the first is final, its
// failures included (Node runs c-ares with ARES_FLAG_NOCHECKRESP: SERVFAIL
// and REFUSED do not move on); only silence past the timeout sends the
// query to the second server. Each server's log shows who was asked. (The
// silent case comes last: c-ares then prefers the server that answered.)
const dns = require('dns');
const { start, reply, record } = require('./fixtures/dns-server');

const ip = (s) => Buffer.from(s.split('.').map(Number));
start({}, (q) => {
  if (q.name.startsWith('servfail')) return reply(q, { rcode: 2 });
  if (q.name.startsWith('refused')) return reply(q, { rcode: 5 });
  if (q.name.startsWith('nx')) return reply(q, { rcode: 3 });
  return null;
}, (first) => start({}, (q) => reply(q, { answers: [record(q.name, 'A', 60, ip('192.0.2.7'))] }), async (second) => {
  const r = new dns.promises.Resolver({ timeout: 300, tries: 1 });
  r.setServers(['127.0.0.1:' + first.port, '127.0.0.1:' + second.port]);
  for (const name of ['servfail.example.test', 'refused.example.test', 'nx.example.test', 'silent.example.test']) {
    try {
      console.log(name, JSON.stringify(await r.resolve4(name)));
    } catch (e) {
      console.log(name, e.code);
    }
  }
  console.log('first server saw', JSON.stringify(first.log));
  console.log('second server saw', JSON.stringify(second.log));
  first.close();
  second.close();
}));

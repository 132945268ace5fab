'use strict';
// What a mail client does: look up the domain's MX records, try exchanges
// by preference (lowest first), resolve each exchange's address; a domain
// without MX (ENODATA) falls back to its own A record (RFC 5321 implicit
// MX); a domain that does not exist fails with ENOTFOUND.
const dns = require('dns');
const { start, reply, record, encodeName } = require('./fixtures/dns-server');

const ip = (s) => Buffer.from(s.split('.').map(Number));
const mx = (pref, host) => Buffer.concat([Buffer.from([pref >> 8, pref & 255]), encodeName(host)]);
const zone = {
  'shop.test': { MX: [mx(20, 'backup.shop.test'), mx(10, 'mail.shop.test'), mx(30, 'last.shop.test')] },
  'mail.shop.test': { A: [ip('192.0.2.10')] },
  'backup.shop.test': { A: [ip('192.0.2.20'), ip('192.0.2.21')] },
  'last.shop.test': {},
  'plain.test': { A: [ip('192.0.2.99')] },
};
start({}, (q) => {
  const z = zone[q.name.toLowerCase()];
  if (!z) return reply(q, { rcode: 3 });
  const type = { 1: 'A', 15: 'MX' }[q.type];
  return reply(q, { answers: (z[type] || []).map((rd) => record(q.name, type, 300, rd)) });
}, async (server) => {
  const r = new dns.promises.Resolver({ timeout: 500, tries: 1 });
  r.setServers(['127.0.0.1:' + server.port]);
  async function route(domain) {
    let hosts;
    try {
      const records = await r.resolveMx(domain);
      hosts = records.sort((a, b) => a.priority - b.priority).map((m) => m.exchange);
      console.log(domain, 'MX by preference', JSON.stringify(hosts));
    } catch (e) {
      if (e.code !== 'ENODATA') {
        console.log(domain, 'fails', e.code, e.syscall);
        return;
      }
      console.log(domain, 'has no MX: implicit MX');
      hosts = [domain];
    }
    for (const h of hosts) {
      try {
        console.log('  ', h, JSON.stringify(await r.resolve4(h)));
      } catch (e) {
        console.log('  ', h, e.code);
      }
    }
  }
  await route('shop.test');
  await route('plain.test');
  await route('nowhere.test');
  server.close();
});

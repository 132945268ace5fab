'use strict';
// The error every query function gives for a name that does not exist:
// code ENOTFOUND, the c-ares syscall name of each query (queryA,
// queryMx, ..., getHostByAddr for reverse), the hostname, the message,
// the enumerable keys; the callback and promise forms agree.
const dns = require('dns');
const { start, reply } = require('./fixtures/dns-server');

start({}, (q) => reply(q, { rcode: 3 }), async (server) => {
  const r = new dns.Resolver({ timeout: 500, tries: 1 });
  const p = new dns.promises.Resolver({ timeout: 500, tries: 1 });
  r.setServers(['127.0.0.1:' + server.port]);
  p.setServers(['127.0.0.1:' + server.port]);
  const methods = ['resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx', 'resolveNaptr',
    'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt'];
  const show = (e) => [e.name, e.code, e.syscall, e.hostname, e.errno, e.message, Object.keys(e).join()].join(' ');
  for (const m of methods) {
    const cb = await new Promise((resolve) => r[m]('nx.example.test', (err) => resolve(show(err))));
    const pr = await p[m]('nx.example.test').then(() => 'resolved', show);
    console.log(m, cb, cb === pr ? '(promise same)' : '(promise: ' + pr + ')');
  }
  const rev = await new Promise((resolve) => r.reverse('192.0.2.9', (err) => resolve(show(err))));
  console.log('reverse', rev);
  console.log('resolve MX', await new Promise((resolve) => r.resolve('nx.example.test', 'MX', (err) => resolve(show(err)))));
  server.close();
});

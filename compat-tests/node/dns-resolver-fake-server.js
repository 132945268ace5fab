'use strict';
// A DNS server on 127.0.0.1 written with dgram answers a dns.Resolver
// pointed at it: every record type, TTLs, and the error codes.
const dgram = require('dgram');
const dns = require('dns');

function name(n) {
  const parts = n.split('.').filter(Boolean).map((l) => Buffer.concat([Buffer.from([l.length]), Buffer.from(l)]));
  return Buffer.concat([...parts, Buffer.from([0])]);
}
function u16(n) { const b = Buffer.alloc(2); b.writeUInt16BE(n); return b; }
function u32(n) { const b = Buffer.alloc(4); b.writeUInt32BE(n); return b; }
function str(s) { return Buffer.concat([Buffer.from([Buffer.byteLength(s)]), Buffer.from(s)]); }
const T = { A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, NAPTR: 35, ANY: 255, CAA: 257 };
function rr(owner, type, ttl, rdata) {
  return Buffer.concat([name(owner), u16(type), u16(1), u32(ttl), u16(rdata.length), rdata]);
}
const zone = {
  'example.test': [
    [T.A, 300, Buffer.from([192, 0, 2, 1])],
    [T.A, 60, Buffer.from([192, 0, 2, 2])],
    [T.AAAA, 120, Buffer.from('20010db8000000000000000000000001', 'hex')],
    [T.MX, 300, Buffer.concat([u16(10), name('mail.example.test')])],
    [T.MX, 300, Buffer.concat([u16(20), name('mx2.example.test')])],
    [T.TXT, 300, str('v=spf1 -all')],
    [T.TXT, 300, Buffer.concat([str('part one '), str('part two')])],
    [T.NS, 300, name('ns1.example.test')],
    [T.NS, 300, name('ns2.example.test')],
    [T.SOA, 300, Buffer.concat([name('ns1.example.test'), name('admin.example.test'), u32(2024010101), u32(7200), u32(3600), u32(1209600), u32(300)])],
    [T.NAPTR, 300, Buffer.concat([u16(100), u16(10), str('S'), str('SIP+D2U'), str(''), name('_sip._udp.example.test')])],
    [T.CAA, 300, Buffer.concat([Buffer.from([0, 5]), Buffer.from('issueca.example.net')])],
  ],
  'www.example.test': [
    [T.CNAME, 300, name('example.test')],
  ],
  '_sip._udp.example.test': [
    [T.SRV, 300, Buffer.concat([u16(10), u16(60), u16(5060), name('sip.example.test')])],
  ],
  '1.2.0.192.in-addr.arpa': [
    [T.PTR, 300, name('host.example.test')],
  ],
};
const rcodes = { 'nx.example.test': 3, 'fail.example.test': 2, 'refused.example.test': 5, 'notimp.example.test': 4, 'formerr.example.test': 1 };

const server = dgram.createSocket('udp4');
server.on('message', (msg, rinfo) => {
  let off = 12;
  const labels = [];
  while (msg[off] !== 0) {
    labels.push(msg.toString('latin1', off + 1, off + 1 + msg[off]));
    off += msg[off] + 1;
  }
  off += 1;
  const qtype = msg.readUInt16BE(off);
  const qname = labels.join('.').toLowerCase();
  const question = msg.subarray(12, off + 4);
  let answers = [];
  const rcode = rcodes[qname] || (zone[qname] || qname === 'empty.example.test' ? 0 : 3);
  for (const [type, ttl, rdata] of zone[qname] || []) {
    if (type === qtype || qtype === T.ANY) answers.push(rr(qname, type, ttl, rdata));
  }
  if (qname === 'www.example.test' && qtype === T.A) {
    answers.push(...zone['example.test'].filter(([t]) => t === T.A).map(([t, ttl, d]) => rr('example.test', t, ttl, d)));
  }
  const header = Buffer.concat([msg.subarray(0, 2), u16(0x8180 | rcode), u16(1), u16(answers.length), u16(0), u16(0)]);
  server.send(Buffer.concat([header, question, ...answers]), rinfo.port, rinfo.address);
});

server.bind(0, '127.0.0.1', async () => {
  const resolver = new dns.Resolver({ timeout: 1000, tries: 1 });
  resolver.setServers([`127.0.0.1:${server.address().port}`]);
  const call = (label, fn) => new Promise((resolve) => {
    fn((err, res) => {
      if (err) console.log(label, 'error', err.code, err.syscall, err.hostname, err.message, Object.keys(err));
      else console.log(label, JSON.stringify(res));
      resolve();
    });
  });
  await call('A', (cb) => resolver.resolve4('example.test', cb));
  await call('A ttl', (cb) => resolver.resolve4('example.test', { ttl: true }, cb));
  await call('AAAA', (cb) => resolver.resolve6('example.test', cb));
  await call('AAAA ttl', (cb) => resolver.resolve6('example.test', { ttl: true }, cb));
  await call('CNAME chain', (cb) => resolver.resolve4('www.example.test', cb));
  await call('CNAME', (cb) => resolver.resolveCname('www.example.test', cb));
  await call('MX', (cb) => resolver.resolveMx('example.test', cb));
  await call('TXT', (cb) => resolver.resolveTxt('example.test', cb));
  await call('NS', (cb) => resolver.resolveNs('example.test', cb));
  await call('SOA', (cb) => resolver.resolveSoa('example.test', cb));
  await call('SRV', (cb) => resolver.resolveSrv('_sip._udp.example.test', cb));
  await call('NAPTR', (cb) => resolver.resolveNaptr('example.test', cb));
  await call('CAA', (cb) => resolver.resolveCaa('example.test', cb));
  await call('PTR', (cb) => resolver.resolvePtr('1.2.0.192.in-addr.arpa', cb));
  await call('reverse', (cb) => resolver.reverse('192.0.2.1', cb));
  await call('ANY', (cb) => resolver.resolveAny('example.test', cb));
  await call('resolve MX', (cb) => resolver.resolve('example.test', 'MX', cb));
  await call('resolve default', (cb) => resolver.resolve('example.test', cb));
  await call('nx', (cb) => resolver.resolve4('nx.example.test', cb));
  await call('servfail', (cb) => resolver.resolveMx('fail.example.test', cb));
  await call('refused', (cb) => resolver.resolveTxt('refused.example.test', cb));
  await call('notimp', (cb) => resolver.resolveNs('notimp.example.test', cb));
  await call('formerr', (cb) => resolver.resolveSrv('formerr.example.test', cb));
  await call('nodata', (cb) => resolver.resolve4('empty.example.test', cb));
  await call('nodata mx', (cb) => resolver.resolveMx('www.example.test', cb));
  const p = new dns.promises.Resolver();
  p.setServers(resolver.getServers());
  console.log('promises A', JSON.stringify(await p.resolve4('example.test')));
  console.log('promises MX', JSON.stringify(await p.resolveMx('example.test')));
  console.log('promises SOA', JSON.stringify(await p.resolve('example.test', 'SOA')));
  await p.resolveSrv('nx.example.test').catch((e) => console.log('promises nx', e.code, e.syscall, e.message));
  server.close();
});

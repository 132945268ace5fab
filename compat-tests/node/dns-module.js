'use strict';
// The dns modules' shape: exports, constants, dns.promises and
// dns/promises, the Resolver classes, the default result order.
const dns = require('dns');
const dnsPromises = require('dns/promises');

console.log('dns keys', Object.keys(dns).join());
console.log('promises keys', Object.keys(dnsPromises).join());
console.log('same promises', dns.promises === dnsPromises, require('node:dns/promises') === dnsPromises);
console.log('constants', dns.ADDRCONFIG, dns.ALL, dns.V4MAPPED, dns.NODATA, dns.NOTFOUND, dns.TIMEOUT, dns.CANCELLED, dns.CONNREFUSED);
console.log('no hint constants in promises', dnsPromises.ADDRCONFIG, dnsPromises.NOTFOUND);
console.log('Resolver classes differ', dns.Resolver !== dnsPromises.Resolver);
console.log('Resolver methods', Object.getOwnPropertyNames(dns.Resolver.prototype).sort().join());
console.log('promises Resolver methods', Object.getOwnPropertyNames(dnsPromises.Resolver.prototype).sort().join());
const r = new dns.Resolver();
console.log('resolver instance', r instanceof dns.Resolver, typeof r.resolve4, JSON.stringify(r.getServers()) === JSON.stringify(dns.getServers()));
try {
  dns.Resolver();
} catch (e) {
  console.log('Resolver without new', e.name, e.message);
}
console.log('order', dns.getDefaultResultOrder());
dns.setDefaultResultOrder('ipv4first');
console.log('order', dns.getDefaultResultOrder(), dnsPromises.getDefaultResultOrder());
dnsPromises.setDefaultResultOrder('ipv6first');
console.log('order', dns.getDefaultResultOrder());
dns.setDefaultResultOrder('verbatim');
console.log('servers are strings', dns.getServers().every((s) => typeof s === 'string'));
class MyResolver extends dns.Resolver {
  hello() { return 'hi'; }
}
const mine = new MyResolver({ timeout: 100, tries: 2 });
console.log('subclass', mine.hello(), mine instanceof dns.Resolver, typeof mine.resolveMx);

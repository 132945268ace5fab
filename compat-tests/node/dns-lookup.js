'use strict';
// dns.lookup and dns.promises.lookup of localhost and IP literals: the
// result shapes, literals answered from the nextTick queue (before promise
// jobs) and returned as written, family options, a name that does not exist.
const dns = require('dns');

const steps = [
  (next) => dns.lookup('localhost', (err, address, family) => { console.log('localhost', err, address, family); next(); }),
  (next) => dns.lookup('localhost', 4, (err, address, family) => { console.log('localhost 4', err, address, family); next(); }),
  (next) => dns.lookup('localhost', { family: 'IPv4', all: true }, (err, all) => { console.log('localhost all', err, JSON.stringify(all)); next(); }),
  (next) => dns.lookup('127.0.0.1', 6, (err, address, family) => { console.log('v4 literal, family 6', err, address, family); next(); }),
  (next) => dns.lookup('::0001', (err, address, family) => { console.log('v6 literal as written', err, address, family); next(); }),
  (next) => dns.lookup('::1', { all: true }, (err, all) => { console.log('v6 literal all', err, JSON.stringify(all)); next(); }),
  (next) => dns.lookup('fe80::1%lo', (err, address, family) => { console.log('zoned literal', err, address, family); next(); }),
  (next) => dns.lookup('nonexistent.invalid', (err, address, family) => {
    console.log('unknown', err.code, err.errno, err.syscall, err.hostname, err.message, Object.keys(err).join(), address, family);
    next();
  }),
  (next) => dns.lookup('localhost', { order: 'ipv6first', hints: dns.ADDRCONFIG }, (err, address) => { console.log('options', err, address); next(); }),
  (next) => dns.promises.lookup('localhost').then((r) => { console.log('promise', JSON.stringify(r)); next(); }),
  (next) => dns.promises.lookup('10.1.2.3', { all: true }).then((r) => { console.log('promise all', JSON.stringify(r)); next(); }),
  (next) => dns.promises.lookup('nonexistent.invalid').catch((err) => { console.log('promise rejects', err.code, err.syscall); next(); }),
  (next) => {
    const order = [];
    dns.lookup('1.2.3.4', () => order.push('lookup callback'));
    Promise.resolve().then(() => order.push('promise job'));
    process.nextTick(() => order.push('nextTick'));
    dns.promises.lookup('1.2.3.4').then(() => order.push('promise lookup'));
    setTimeout(() => { console.log('order', order.join(', ')); next(); }, 10);
  },
  (next) => {
    const req = dns.lookup('1.2.3.4', () => {});
    console.log('literal request object', JSON.stringify(req));
    next();
  },
];
(function next() {
  const step = steps.shift();
  if (step) step(next);
})();

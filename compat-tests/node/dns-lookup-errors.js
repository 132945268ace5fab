'use strict';
// dns.lookup's argument checking, in the callback and promise forms.
const dns = require('dns');

const cb = () => {};
function attempt(name, fn) {
  try {
    fn();
    console.log(name, 'ok');
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
attempt('no callback', () => dns.lookup('localhost'));
attempt('hostname number', () => dns.lookup(5, cb));
attempt('hostname object', () => dns.lookup({}, cb));
attempt('family 5', () => dns.lookup('localhost', 5, cb));
attempt('family number, no callback', () => dns.lookup('localhost', 4));
attempt('options string', () => dns.lookup('localhost', 'x', cb));
attempt('options string, no callback', () => dns.lookup('localhost', 'x'));
attempt('options boolean', () => dns.lookup('localhost', true, cb));
attempt('options.family 5', () => dns.lookup('localhost', { family: 5 }, cb));
attempt('options.family string', () => dns.lookup('localhost', { family: '4' }, cb));
attempt('options.hints string', () => dns.lookup('localhost', { hints: 'x' }, cb));
attempt('options.hints bad bits', () => dns.lookup('localhost', { hints: 1234 }, cb));
attempt('options.all number', () => dns.lookup('localhost', { all: 1 }, cb));
attempt('options.verbatim string', () => dns.lookup('localhost', { verbatim: 'yes' }, cb));
attempt('options.order', () => dns.lookup('localhost', { order: 'random' }, cb));
attempt('options null', () => dns.lookup('1.2.3.4', null, cb));
attempt('options with a valid mix', () => dns.lookup('1.2.3.4', { family: 6, hints: dns.V4MAPPED | dns.ALL, all: false, verbatim: true }, cb));
attempt('promise hostname', () => dns.promises.lookup(5));
attempt('promise family', () => dns.promises.lookup('localhost', 7));
attempt('promise options', () => dns.promises.lookup('localhost', 'x'));
attempt('promise options.all', () => dns.promises.lookup('localhost', { all: 'x' }));
attempt('setDefaultResultOrder', () => dns.setDefaultResultOrder('nope'));
attempt('lookupService arity', () => dns.lookupService('127.0.0.1', 22));
attempt('lookupService address', () => dns.lookupService('abc', 22, cb));
attempt('lookupService address number', () => dns.lookupService(5, 22, cb));
attempt('lookupService port', () => dns.lookupService('127.0.0.1', 70000, cb));
attempt('lookupService port string', () => dns.lookupService('127.0.0.1', 'x', cb));
attempt('lookupService callback', () => dns.lookupService('127.0.0.1', 22, 5));
attempt('promise lookupService arity', () => dns.promises.lookupService('127.0.0.1'));
// A falsy hostname is accepted and answered with no address (and a
// deprecation warning once).
dns.lookup('', (err, address, family) => console.log('empty hostname', err, address, family));
dns.lookup(null, { all: true }, (err, all) => console.log('null hostname, all', err, JSON.stringify(all)));
dns.promises.lookup(false, 6).then((r) => console.log('false hostname, promise', JSON.stringify(r)));

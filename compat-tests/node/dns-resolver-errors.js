'use strict';
// Resolver configuration and query arguments: setServers/getServers
// formats and errors, setLocalAddress, Resolver options, resolve's rrtype,
// reverse of a non-address, cancel, no servers, a refusing server.
const dns = require('dns');

function attempt(name, fn) {
  try {
    const r = fn();
    console.log(name, 'ok', r === undefined ? '' : JSON.stringify(r));
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
const cb = () => {};
const r = new dns.Resolver({ timeout: 500, tries: 1 });
attempt('setServers', () => r.setServers(['127.0.0.1:5353', '[::1]:53', '::1', '1.2.3.4:53', '[::1]:5353', '127.0.0.1:5353']));
attempt('getServers', () => r.getServers());
attempt('setServers string', () => r.setServers('1.2.3.4'));
attempt('setServers bad entry', () => r.setServers(['1.2.3.4', 'x']));
attempt('setServers number entry', () => r.setServers([5]));
attempt('setServers empty entry', () => r.setServers(['']));
attempt('setServers trailing colon', () => r.setServers(['1.2.3.4:']));
attempt('getServers after failures', () => r.getServers());
attempt('setLocalAddress', () => r.setLocalAddress('127.0.0.1'));
attempt('setLocalAddress both', () => r.setLocalAddress('127.0.0.1', '::1'));
attempt('setLocalAddress v6 only', () => r.setLocalAddress('::1'));
attempt('setLocalAddress bad', () => r.setLocalAddress('abc'));
attempt('setLocalAddress number', () => r.setLocalAddress(5));
attempt('setLocalAddress two IPv4', () => r.setLocalAddress('127.0.0.1', '1.2.3.4'));
attempt('setLocalAddress ipv6 number', () => r.setLocalAddress('127.0.0.1', 5));
attempt('timeout string', () => new dns.Resolver({ timeout: 'x' }));
attempt('timeout -2', () => new dns.Resolver({ timeout: -2 }));
attempt('timeout 1.5', () => new dns.Resolver({ timeout: 1.5 }));
attempt('tries 0', () => new dns.Resolver({ tries: 0 }));
attempt('tries null', () => new dns.Resolver({ tries: null }));
attempt('resolve4 name number', () => r.resolve4(5, cb));
attempt('resolve4 no callback', () => r.resolve4('example.test'));
attempt('resolve4 options, no callback', () => r.resolve4('example.test', { ttl: true }));
attempt('resolve rrtype unknown', () => r.resolve('example.test', 'BLAH', cb));
attempt('resolve rrtype lower case', () => r.resolve('example.test', 'mx', cb));
attempt('resolve rrtype number', () => r.resolve('example.test', 5, cb));
attempt('reverse not an address', () => r.reverse('abc', cb));
attempt('reverse number', () => r.reverse(5, cb));
attempt('promises resolve name number', () => dns.promises.resolve(5));
attempt('promises resolve rrtype', () => dns.promises.resolve('example.test', 'BLAH'));
attempt('promises reverse', () => dns.promises.reverse('abc').catch((e) => console.log('promises reverse rejects', e.code, e.message)) && 'a promise');
try {
  r.reverse('abc', cb);
} catch (e) {
  console.log('reverse EINVAL fields', Object.keys(e).join(), e.errno, e.syscall, e.hostname);
}

const steps = [
  (next) => {
    const none = new dns.Resolver();
    none.setServers([]);
    none.resolve4('example.test', (err) => { console.log('no servers', err.code, err.message); next(); });
  },
  (next) => {
    const refusing = new dns.Resolver({ timeout: 2000, tries: 1 });
    refusing.setServers(['127.0.0.1:1']);
    refusing.resolveMx('example.test', (err) => {
      console.log('refused', err.code, err.syscall, err.hostname, err.message, Object.keys(err).join(), err.errno);
      next();
    });
  },
  (next) => {
    // A server that never answers, so only cancel() can end the query.
    const silent = require('dgram').createSocket('udp4');
    silent.bind(0, '127.0.0.1', () => {
      const cancelled = new dns.Resolver({ timeout: 5000, tries: 1 });
      cancelled.setServers(['127.0.0.1:' + silent.address().port]);
      cancelled.resolve4('one.test', (err) => {
        console.log('cancelled', err.code, err.message);
        silent.close();
        next();
      });
      cancelled.cancel();
    });
  },
];
(function next() {
  const step = steps.shift();
  if (step) step(next);
})();

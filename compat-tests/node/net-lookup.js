// Name lookup on connect: 'lookup' for localhost, a custom lookup function
// (with the options Node hands it), failures from it, an address that is
// no IP, and ENOTFOUND for a name that does not exist.
'use strict';
const net = require('net');

const server = net.createServer((s) => s.end('hi'));

function attempt(label, options) {
  return new Promise((resolve) => {
    const c = net.connect(Object.assign({ port: server.address().port }, options));
    c.on('lookup', (err, address, family, host) => {
      console.log(label, 'lookup', err && err.code, address, family, host);
    });
    c.on('connect', () => console.log(label, 'connect', c.remoteAddress, c.remoteFamily));
    c.on('error', (e) => console.log(label, 'error', e.code, e.message.replace(/:\d+$/, ':PORT'), e.hostname));
    c.resume();
    c.on('close', resolve);
  });
}

server.listen(0, '127.0.0.1', async () => {
  await attempt('localhost', { host: 'localhost' });
  await attempt('localhost family 4', { host: 'localhost', family: 4 });
  await attempt('custom', {
    host: 'my.test',
    lookup(host, opts, cb) {
      console.log('custom lookup', host, JSON.stringify(opts));
      cb(null, [{ address: '127.0.0.1', family: 4 }]);
    },
  });
  await attempt('custom single', {
    host: 'my.test',
    family: 4,
    lookup(host, opts, cb) {
      console.log('custom lookup', host, JSON.stringify(opts));
      cb(null, '127.0.0.1', 4);
    },
  });
  await attempt('custom failing', {
    host: 'my.test',
    family: 4,
    lookup(host, opts, cb) {
      const e = new Error('no such name');
      e.code = 'ENOTFOUND';
      cb(e);
    },
  });
  await attempt('not an IP', { host: 'my.test', family: 4, lookup: (h, o, cb) => cb(null, 'nonsense', 4) });
  await attempt('bad family', { host: 'my.test', family: 4, lookup: (h, o, cb) => cb(null, '127.0.0.1', 5) });
  await attempt('missing name', { host: 'does-not-exist.invalid' });
  server.close();
});

// A send whose host cannot be resolved: with a callback the callback gets
// the getaddrinfo error (ENOTFOUND) and no 'error' event fires; without one
// the socket emits 'error'. Either way the socket stays open and later
// sends work. A custom lookup returning an error behaves alike.
'use strict';
const dgram = require('dgram');

const rx = dgram.createSocket('udp4');
const tx = dgram.createSocket('udp4');
tx.on('error', (e) => {
  console.log('error event', e.code, e.syscall, e.hostname);
  tx.send('after the error', rx.address().port, '127.0.0.1');
});
// Each step waits for the datagram before it: a resolution failure and a
// datagram in flight have no order of their own.
rx.on('message', (msg) => {
  console.log('received', String(msg));
  if (String(msg) === 'still open') tx.send('y', rx.address().port, 'no-such-host.invalid');
  if (String(msg) === 'after the error') custom();
});
rx.bind(0, '127.0.0.1', () => {
  tx.send('x', rx.address().port, 'no-such-host.invalid', (err, n) => {
    console.log('callback', err && err.code, err && err.syscall, err && err.hostname, n);
    tx.send('still open', rx.address().port, '127.0.0.1');
  });
});

function custom() {
  const failing = dgram.createSocket({
    type: 'udp4',
    lookup: (host, family, cb) => {
      if (host === '127.0.0.1') return cb(null, host, 4);
      const e = new Error('custom lookup failed for ' + host);
      e.code = 'ECUSTOM';
      cb(e);
    },
  });
  failing.bind(0, '127.0.0.1', () => {
    failing.send('z', rx.address().port, 'anything.test', (err) => {
      console.log('custom lookup callback', err.code, err.message);
      failing.close();
      tx.close();
      rx.close();
    });
  });
}

'use strict';
// bind in its forms, its errors (already bound, EINVAL, EADDRINUSE, unknown
// host, after close), and reuseAddr.
const dgram = require('dgram');

const mask = (s) => s.replace(/:\d+$/, ':PORT');
const steps = [];
const step = (fn) => steps.push(fn);
const next = () => { const fn = steps.shift(); if (fn) fn(); };

step(() => {
  const s = dgram.createSocket('udp4');
  const r = s.bind(() => {
    const a = s.address();
    console.log('callback only', a.address, a.family, a.port > 0);
    try { s.bind(0); } catch (e) { console.log('again', e.code, e.message); }
    s.close(next);
  });
  console.log('bind returns the socket', r === s);
});
step(() => {
  const s = dgram.createSocket('udp4');
  s.bind({ port: 0, address: '127.0.0.1' }, () => {
    console.log('options form', s.address().address);
    s.close(next);
  });
});
step(() => {
  const s = dgram.createSocket('udp4');
  s.on('listening', () => {
    console.log('listening event, no callback', s.address().address);
    s.close(next);
  });
  s.bind(0, 'localhost');
});
step(() => {
  const s = dgram.createSocket('udp4');
  s.bind({}, () => {
    console.log('empty options', s.address().address);
    s.close(next);
  });
});
step(() => {
  const s = dgram.createSocket('udp6');
  s.bind(() => {
    console.log('udp6 default address', s.address().address, s.address().family);
    s.close(next);
  });
});
step(() => {
  const s = dgram.createSocket('udp4');
  s.on('error', (e) => {
    console.log('udp4 on ::1', e.code, e.message, Object.keys(e).join(), e.errno, e.syscall, e.address, e.port);
    s.close(next);
  });
  s.bind(0, '::1');
});
step(() => {
  const s = dgram.createSocket('udp4');
  s.on('error', (e) => {
    console.log('unknown host', e.code, e.syscall, e.hostname, Object.keys(e).join());
    s.close(next);
  });
  s.bind(0, 'nonexistent.invalid');
});
step(() => {
  const a = dgram.createSocket('udp4');
  a.bind(0, '127.0.0.1', () => {
    const b = dgram.createSocket('udp4');
    b.on('error', (e) => {
      console.log('in use', e.code, mask(e.message), e.port === a.address().port, Object.keys(e).join());
      b.bind(0, '127.0.0.1', () => {
        console.log('bind again after the error works');
        b.close();
        a.close(next);
      });
    });
    b.bind(a.address().port, '127.0.0.1');
  });
});
step(() => {
  const a = dgram.createSocket({ type: 'udp4', reuseAddr: true });
  a.bind(0, '127.0.0.1', () => {
    const b = dgram.createSocket({ type: 'udp4', reuseAddr: true });
    b.bind(a.address().port, '127.0.0.1', () => {
      console.log('reuseAddr shares the port', b.address().port === a.address().port);
      a.close();
      b.close(next);
    });
  });
});
step(() => {
  const s = dgram.createSocket('udp4');
  s.close();
  try { s.bind(0); } catch (e) { console.log('after close', e.code, e.message); }
  try { s.bind(0, 5); } catch (e) { console.log('after close, bad address', e.code); }
  const t = dgram.createSocket('udp4');
  try { t.bind(0, 5); } catch (e) { console.log('address number', e.code, e.message); }
  t.close(next);
});
step(() => console.log('done'));
next();

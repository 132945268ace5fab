// Echo round trips: a client sends 64 bytes, an echo server returns them,
// the client sends the next once they are back. Run under node or
// nodeshim: bench-echo.js [round trips] [mode]. Prints round trips per
// second. The modes are the ping-pong variants of bench/variants: "data"
// (the default) echoes with on('data'); "readable" reads in paused mode, a
// 'readable' listener with a read() loop; "pipe" echoes with
// sock.pipe(sock); "writecb" gives every client write a callback;
// "strwrite" has the client write a string; "decode" does that with
// setEncoding('utf8') on both sides, so the server echoes the string it got.
'use strict';
const net = require('net');

const total = Number(process.argv[2]) || 100000;
const mode = process.argv[3] || 'data';
const text = mode === 'strwrite' || mode === 'decode';
const msg = text ? 'x'.repeat(64) : Buffer.alloc(64, 'x');
const nop = () => {};
const send = mode === 'writecb' ? (c) => c.write(msg, nop) : (c) => c.write(msg);

const server = net.createServer((s) => {
  s.setNoDelay(true);
  if (mode === 'decode') s.setEncoding('utf8');
  if (mode === 'pipe') {
    s.pipe(s);
  } else if (mode === 'readable') {
    s.on('readable', () => {
      let d;
      while ((d = s.read()) !== null) s.write(d);
    });
  } else {
    s.on('data', (d) => s.write(d));
  }
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setNoDelay(true);
  if (mode === 'decode') c.setEncoding('utf8');
  let done = 0;
  let pending = 0;
  let start;
  c.on('connect', () => {
    start = process.hrtime.bigint();
    send(c);
  });
  c.on('data', (d) => {
    pending += d.length;
    while (pending >= msg.length) {
      pending -= msg.length;
      if (++done === total) {
        const secs = Number(process.hrtime.bigint() - start) / 1e9;
        console.log('round trips/s', Math.round(total / secs));
        c.destroy();
        server.close();
        return;
      }
      send(c);
    }
  });
});

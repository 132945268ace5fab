// Echo round trips through an echo server that reads in paused mode: a
// client sends 64 bytes, the server returns them, the client sends the
// next once they are back. The server's mode is argv[3]: "readable" (a
// 'readable' listener and a read() loop), "pipe" (sock.pipe(sock)) or
// "data" (on('data'), for reference). Run under node or nodeshim:
// bench-readable.js [round trips] [mode]. Prints round trips per second.
'use strict';
const net = require('net');

const total = Number(process.argv[2]) || 100000;
const mode = process.argv[3] || 'readable';
const msg = Buffer.alloc(64, 'x');
const server = net.createServer((s) => {
  s.setNoDelay(true);
  if (mode === 'pipe') {
    s.pipe(s);
  } else if (mode === 'data') {
    s.on('data', (d) => s.write(d));
  } else {
    s.on('readable', () => {
      let d;
      while ((d = s.read()) !== null) s.write(d);
    });
  }
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setNoDelay(true);
  let done = 0;
  let pending = 0;
  let start;
  c.on('connect', () => {
    start = process.hrtime.bigint();
    c.write(msg);
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
      c.write(msg);
    }
  });
});

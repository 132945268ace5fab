// Echo round trips: a client sends 64 bytes, an echo server returns them,
// the client sends the next once they are back. Run under node or
// nodeshim: bench-echo.js [round trips]. Prints round trips per second.
'use strict';
const net = require('net');

const total = Number(process.argv[2]) || 100000;
const msg = Buffer.alloc(64, 'x');
const server = net.createServer((s) => {
  s.setNoDelay(true);
  s.on('data', (d) => s.write(d));
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

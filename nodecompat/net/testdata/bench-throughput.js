// Throughput: a client writes 64 KiB chunks as fast as backpressure
// allows, a server counts what it reads. Run under node or nodeshim:
// bench-throughput.js [chunks]. Prints MB/s.
'use strict';
const net = require('net');

const chunks = Number(process.argv[2]) || 20000;
const chunk = Buffer.alloc(64 * 1024, 'x');
const total = chunks * chunk.length;
let start;
const server = net.createServer((s) => {
  let got = 0;
  s.on('data', (d) => {
    got += d.length;
    if (got === total) {
      const secs = Number(process.hrtime.bigint() - start) / 1e9;
      console.log('MB/s', Math.round(total / secs / 1e6));
      s.destroy();
      server.close();
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let sent = 0;
  function pump() {
    while (sent < chunks) {
      sent++;
      if (!c.write(chunk)) {
        c.once('drain', pump);
        return;
      }
    }
    c.end();
  }
  c.on('connect', () => {
    start = process.hrtime.bigint();
    pump();
  });
  c.on('error', () => {});
});

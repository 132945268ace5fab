// Small writes: a client writes 1 KiB Buffers in a loop until write()
// returns false, then waits for 'drain' (bench/variants/throughput-1k.js
// with a count instead of a time, the clock still read before each write
// as its pumper does); a server counts 'data' bytes and events. Run under node or nodeshim: bench-smallwrites.js [writes].
// Prints MB/s, 'data' events per MB and the mean 'data' size.
'use strict';
const net = require('net');

const writes = Number(process.argv[2]) || 100000;
const chunk = Buffer.alloc(1024, 'x');
const total = writes * chunk.length;

let start;
const now = () => Number(process.hrtime.bigint()) / 1e9;
const server = net.createServer((s) => {
  let got = 0;
  let events = 0;
  s.on('data', (d) => {
    got += d.length;
    events++;
  });
  s.on('end', () => {
    const secs = Number(process.hrtime.bigint() - start) / 1e9;
    console.log('MB/s', Math.round(got / secs / 1e6), 'bytes', got === total ? 'all' : got,
      'data/MB', Math.round(events / (got / 1e6)), 'mean data', Math.round(got / events));
    s.end();
    server.close();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let sent = 0;
  function pump() {
    while (now() < Infinity && sent < writes) {
      sent++;
      if (!c.write(chunk)) return;
    }
    c.end();
  }
  c.on('drain', pump);
  c.on('connect', () => {
    start = process.hrtime.bigint();
    pump();
  });
});

'use strict';
// TCP throughput with 1 KiB writes instead of 64 KiB: the per-write cost
// rather than the per-byte one. Figure as bench/node/tcp-throughput.js.
const net = require('net');
const { seconds, now, round, report, pumper } = require('../common.js');

const chunk = Buffer.alloc(1024, 'x');
let received = 0;
let t0 = 0;

const server = net.createServer((sock) => {
  sock.on('data', (d) => { received += d.length; });
  sock.on('end', () => {
    report('throughput-1k', { mb_per_s: round(received / (now() - t0) / 1e6, 1) });
    sock.end();
    server.close();
  });
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    t0 = now();
    const pump = pumper(t0 + seconds(), () => client.write(chunk), () => client.end());
    client.on('drain', pump);
    pump();
  });
});

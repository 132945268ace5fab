'use strict';
// TCP throughput: one client writes 64 KiB buffers to a server in the same
// process for BENCH_SECONDS, honouring backpressure (write() false -> wait for
// 'drain'), then ends. Figure: MB/s (10^6 bytes) the server received, from
// the client's connect to the server's 'end'.
const net = require('net');
const { seconds, now, round, report, pumper } = require('../common.js');

const chunk = Buffer.alloc(64 * 1024, 'x');
let received = 0;
let t0 = 0;

const server = net.createServer((sock) => {
  sock.on('data', (d) => { received += d.length; });
  sock.on('end', () => {
    report('tcp-throughput', { mb_per_s: round(received / (now() - t0) / 1e6, 1) });
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

'use strict';
// The throughput variants' shared harness: the client of
// bench/node/tcp-throughput.js (writes as fast as 'drain' allows for
// BENCH_SECONDS, then end()) with the chunk size and write style the variant
// asks, against a server the variant sets up.
const net = require('net');
const { seconds, now, round, report, pumper } = require('../common.js');

// throughput runs the workload `name`: the client writes chunks of
// chunkSize bytes, each with a callback when writeCallback; onSocket(sock,
// count, done) sets up each accepted socket, calling count(chunk) for what
// it receives and done() once it has all of it, which reports MB/s received.
function throughput(name, chunkSize, writeCallback, onSocket) {
  const chunk = Buffer.alloc(chunkSize, 'x');
  let received = 0;
  let t0 = 0;
  const server = net.createServer((sock) => {
    onSocket(sock, (d) => { received += d.length; }, () => {
      report(name, { mb_per_s: round(received / (now() - t0) / 1e6, 1) });
      sock.end();
      server.close();
    });
  });
  server.listen(0, '127.0.0.1', () => {
    const written = () => {};
    const client = net.connect(server.address().port, '127.0.0.1', () => {
      t0 = now();
      const write = writeCallback ? () => client.write(chunk, written) : () => client.write(chunk);
      const pump = pumper(t0 + seconds(), write, () => client.end());
      client.on('drain', pump);
      pump();
    });
  });
}

module.exports = { throughput };

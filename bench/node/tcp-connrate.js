'use strict';
// TCP connection rate: a client connects to a server in the same process and
// ends at once; the server ends its side on the client's FIN; the client
// counts a connection at 'close'. First one connection at a time, then 50 in
// flight, each phase for BENCH_SECONDS (connections in flight at the deadline
// are finished and counted). Figures: connections/s, sequential and at
// concurrency 50.
const net = require('net');
const { report, cycles } = require('../common.js');

const server = net.createServer((sock) => {
  sock.on('error', () => {});
  sock.resume();
});

server.listen({ port: 0, host: '127.0.0.1', backlog: 1024 }, () => {
  const port = server.address().port;
  const start = (closed) => {
    const c = net.connect(port, '127.0.0.1', () => c.end());
    c.resume();
    c.on('close', closed);
  };
  cycles(1, start, (seq) => {
    cycles(50, start, (c50) => {
      report('tcp-connrate', { seq_conn_per_s: seq, c50_conn_per_s: c50 });
      server.close();
    });
  });
});

'use strict';
// TCP ping-pong: one client sends a 64-byte message, the server echoes it,
// the client sends the next once all 64 bytes are back; for BENCH_SECONDS
// after 1,000 warm-up round trips. Figures: round trips/s and the p50/p99
// round-trip time in µs.
const net = require('net');
const { report, pingPongClock } = require('../common.js');

const SIZE = 64;
const msg = Buffer.alloc(SIZE, 'x');

const server = net.createServer((sock) => {
  sock.setNoDelay(true);
  sock.on('data', (d) => sock.write(d));
  sock.on('end', () => sock.end());
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.setNoDelay(true);
  const clock = pingPongClock(1000, (figures) => {
    report('tcp-pingpong', figures);
    client.end();
    server.close();
  });
  let got = 0;
  const send = () => {
    got = 0;
    clock.sent();
    client.write(msg);
  };
  client.on('connect', send);
  client.on('data', (d) => {
    got += d.length;
    if (got >= SIZE && clock.arrived()) send();
  });
});

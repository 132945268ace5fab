'use strict';
// TCP ping-pong: one client sends a 64-byte message, the server echoes it,
// the client sends the next once all 64 bytes are back; for BENCH_SECONDS
// after 1,000 warm-up round trips. Figures: round trips/s and the p50/p99
// round-trip time in µs.
const net = require('net');
const { seconds, nowUs, percentile, round, report } = require('../common.js');

const SIZE = 64;
const WARMUP = 1000;
const msg = Buffer.alloc(SIZE, 'x');
const rtts = [];

const server = net.createServer((sock) => {
  sock.setNoDelay(true);
  sock.on('data', (d) => sock.write(d));
  sock.on('end', () => sock.end());
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.setNoDelay(true);
  let warm = 0;
  let got = 0;
  let sentAt = 0;
  let start = 0;
  let deadline = Infinity;
  const send = () => {
    got = 0;
    sentAt = nowUs();
    client.write(msg);
  };
  client.on('connect', send);
  client.on('data', (d) => {
    got += d.length;
    if (got < SIZE) return;
    const t = nowUs();
    if (warm < WARMUP) {
      if (++warm === WARMUP) {
        start = t;
        deadline = t + seconds() * 1e6;
      }
    } else {
      rtts.push(t - sentAt);
      if (t >= deadline) {
        finish(t);
        return;
      }
    }
    send();
  });
  const finish = (t) => {
    const n = rtts.length;
    rtts.sort((a, b) => a - b);
    report('tcp-pingpong', {
      round_trips_per_s: Math.round(n / ((t - start) / 1e6)),
      p50_us: round(percentile(rtts, 50), 1),
      p99_us: round(percentile(rtts, 99), 1),
    });
    client.end();
    server.close();
  };
});

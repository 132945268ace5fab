'use strict';
// Many connections: BENCH_CONNS (default 1,000) clients connect at once to a
// server in the same process; when every connection is up on both sides,
// each does BENCH_PINGPONGS (default 10) 64-byte ping-pongs, then ends.
// Figures: seconds from the first connect to the last close, and the RSS in
// MB while all connections are open (the driver also records peak RSS).
const net = require('net');
const { count, now, round, report, rssMB } = require('../common.js');

const CONNS = count('BENCH_CONNS', 1000);
const ROUNDS = count('BENCH_PINGPONGS', 10);
const SIZE = 64;
const msg = Buffer.alloc(SIZE, 'x');

let accepted = 0;
let connected = 0;
let closed = 0;
let t0 = 0;
let rss = 0;
const clients = [];

const server = net.createServer((sock) => {
  sock.setNoDelay(true);
  sock.on('data', (d) => sock.write(d));
  sock.on('end', () => sock.end());
  accepted++;
  maybeStart();
});

// maybeStart starts the ping-pongs once every connection is up at both ends.
function maybeStart() {
  if (accepted < CONNS || connected < CONNS) return;
  rss = rssMB();
  for (const c of clients) pingPong(c);
}

// pingPong runs one client's round trips, then ends it.
function pingPong(c) {
  let rounds = 0;
  let got = 0;
  c.on('data', (d) => {
    got += d.length;
    if (got < SIZE) return;
    got = 0;
    if (++rounds < ROUNDS) c.write(msg);
    else c.end();
  });
  c.write(msg);
}

server.listen({ port: 0, host: '127.0.0.1', backlog: 2048 }, () => {
  const port = server.address().port;
  t0 = now();
  for (let i = 0; i < CONNS; i++) {
    const c = net.connect(port, '127.0.0.1', () => {
      c.setNoDelay(true);
      connected++;
      maybeStart();
    });
    c.on('close', () => {
      if (++closed < CONNS) return;
      report('tcp-many', { seconds: round(now() - t0, 3), rss_mb: rss });
      server.close();
    });
    clients.push(c);
  }
});

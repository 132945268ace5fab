'use strict';
// The W3C-API twin of node/tcp-many.js: BENCH_CONNS (default 1,000)
// TCPSockets connect at once; when every connection is up at both ends, each
// does BENCH_PINGPONGS (default 10) 64-byte ping-pongs, then closes. Figures:
// seconds from the first connect to the last close, and the RSS in MB while
// all connections are open.
const { count, now, round, report, rssMB } = require('../common.js');

const CONNS = count('BENCH_CONNS', 1000);
const ROUNDS = count('BENCH_PINGPONGS', 10);
const SIZE = 64;
const msg = new Uint8Array(SIZE).fill(0x78);

let accepted = 0;
let connected = 0;
let closed = 0;
let t0 = 0;
let rss = 0;
const clients = [];

const server = new TCPServerSocket('127.0.0.1', 0, { backlog: 2048, noDelay: true });
server.onconnect = (ev) => {
  const sock = ev.socket;
  sock.onmessage = (e) => sock.send(e.data);
  accepted++;
  maybeStart();
};

// maybeStart starts the ping-pongs once every connection is up at both ends.
function maybeStart() {
  if (accepted < CONNS || connected < CONNS) return;
  rss = rssMB();
  for (const c of clients) pingPong(c);
}

// pingPong runs one client's round trips, then closes it.
function pingPong(c) {
  let rounds = 0;
  let got = 0;
  c.onmessage = (e) => {
    got += e.data.byteLength;
    if (got < SIZE) return;
    got = 0;
    if (++rounds < ROUNDS) c.send(msg);
    else c.close();
  };
  c.send(msg);
}

server.onopen = () => {
  const port = server.localPort;
  t0 = now();
  for (let i = 0; i < CONNS; i++) {
    const c = new TCPSocket('127.0.0.1', port, { noDelay: true });
    c.onopen = () => {
      connected++;
      maybeStart();
    };
    c.onclose = () => {
      if (++closed < CONNS) return;
      report('tcp-many', { seconds: round(now() - t0, 3), rss_mb: rss });
      server.close();
    };
    clients.push(c);
  }
};

'use strict';
// The W3C-API twin of node/tcp-connrate.js: a TCPSocket connects and
// half-closes at open; the accepted socket closes on the client's FIN (no
// allowHalfOpen); the client counts the connection at close. One at a time,
// then 50 in flight, each phase for BENCH_SECONDS. Figures: connections/s,
// sequential and at concurrency 50.
const { report, cycles } = require('../common.js');

const server = new TCPServerSocket('127.0.0.1', 0, { backlog: 1024 });
server.onconnect = (ev) => {
  ev.socket.onerror = () => {};
};
server.onopen = () => {
  const start = (closed) => {
    const c = new TCPSocket('127.0.0.1', server.localPort);
    c.onopen = () => c.halfClose();
    c.onclose = closed;
  };
  cycles(1, start, (seq) => {
    cycles(50, start, (c50) => {
      report('tcp-connrate', { seq_conn_per_s: seq, c50_conn_per_s: c50 });
      server.close();
    });
  });
};

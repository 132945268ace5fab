'use strict';
// The W3C-API twin of node/tcp-pingpong.js: 64-byte messages echoed by a
// TCPServerSocket, one in flight, for BENCH_SECONDS after 1,000 warm-up round
// trips. Figures: round trips/s and the p50/p99 round-trip time in µs.
const { report, pingPongClock } = require('../common.js');

const SIZE = 64;
const msg = new Uint8Array(SIZE).fill(0x78);

const server = new TCPServerSocket('127.0.0.1', 0, { noDelay: true });
server.onconnect = (ev) => {
  const sock = ev.socket;
  sock.onmessage = (e) => sock.send(e.data);
};
server.onopen = () => {
  const client = new TCPSocket('127.0.0.1', server.localPort, { noDelay: true });
  const clock = pingPongClock(1000, (figures) => {
    report('tcp-pingpong', figures);
    client.close();
    server.close();
  });
  let got = 0;
  const send = () => {
    got = 0;
    clock.sent();
    client.send(msg);
  };
  client.onopen = send;
  client.onmessage = (e) => {
    got += e.data.byteLength;
    if (got >= SIZE && clock.arrived()) send();
  };
};

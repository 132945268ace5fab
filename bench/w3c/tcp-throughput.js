'use strict';
// The W3C-API twin of node/tcp-throughput.js: a TCPSocket sends 64 KiB
// buffers to a TCPServerSocket for BENCH_SECONDS, waiting for 'drain'
// whenever send() returns false, then closes. Figure: MB/s (10^6 bytes) the
// server received, from the client's open to the server socket's end.
const { seconds, now, round, report, pumper } = require('../common.js');

const chunk = new Uint8Array(64 * 1024).fill(0x78);
let received = 0;
let t0 = 0;

const server = new TCPServerSocket('127.0.0.1', 0);
server.onconnect = (ev) => {
  const sock = ev.socket;
  sock.onmessage = (e) => { received += e.data.byteLength; };
  sock.onend = () => {
    report('tcp-throughput', { mb_per_s: round(received / (now() - t0) / 1e6, 1) });
    server.close();
  };
};
server.onopen = () => {
  const client = new TCPSocket('127.0.0.1', server.localPort);
  client.onopen = () => {
    t0 = now();
    client.ondrain = pumper(t0 + seconds(), () => client.send(chunk), () => client.close());
    client.ondrain();
  };
};

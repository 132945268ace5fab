'use strict';
// TLS 1.3 handshakes: a client connects to a TLS server in the same process
// (bench/certs, ECDSA P-256, verified against the bench CA, no session
// resumption), ends at 'secureConnect', and counts the connection at
// 'close'; first one at a time, then 16 in flight, each phase for
// BENCH_SECONDS. Figures: handshakes/s sequential and at concurrency 16; the
// key exchange group and cipher of the first handshake are reported too.
const tls = require('tls');
const { report, tlsFiles, cycles } = require('../common.js');

const { cert, key, ca } = tlsFiles();
let group = '';
let cipher = '';

const server = tls.createServer({ cert, key, minVersion: 'TLSv1.3' }, (sock) => {
  sock.on('error', () => {});
  sock.resume();
});
server.on('tlsClientError', () => {});

server.listen(0, '127.0.0.1', () => {
  const opts = { port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca };
  const start = (closed) => {
    const c = tls.connect(opts, () => {
      if (!group) {
        const info = typeof c.getEphemeralKeyInfo === 'function' ? c.getEphemeralKeyInfo() : null;
        group = (info && info.name) || 'unknown';
        cipher = c.getCipher().name;
      }
      c.end();
    });
    c.resume();
    c.on('close', closed);
  };
  cycles(1, start, (seq) => {
    cycles(16, start, (c16) => {
      report('tls-handshake', { seq_handshakes_per_s: seq, c16_handshakes_per_s: c16, group, cipher });
      server.close();
    });
  });
});

'use strict';
// TLS 1.3 handshakes: a client connects to a TLS server in the same process
// (bench/certs, ECDSA P-256, verified against the bench CA, no session
// resumption), ends at 'secureConnect', and counts the connection at
// 'close'; first one at a time, then 16 in flight, each phase for
// BENCH_SECONDS. Figures: handshakes/s sequential and at concurrency 16; the
// key exchange group and cipher of the first handshake are reported too.
const tls = require('tls');
const { seconds, now, report, tlsFiles } = require('../common.js');

const { cert, key, ca } = tlsFiles();
let group = '';
let cipher = '';

const server = tls.createServer({ cert, key, minVersion: 'TLSv1.3' }, (sock) => {
  sock.on('error', () => {});
  sock.resume();
});
server.on('tlsClientError', () => {});

// phase keeps `concurrency` handshakes going until the deadline, then calls
// done(handshakes per second).
function phase(port, concurrency, done) {
  const t0 = now();
  const deadline = t0 + seconds();
  let completed = 0;
  let active = 0;
  const opts = { port, host: '127.0.0.1', servername: 'localhost', ca };
  const cycle = () => {
    active++;
    const c = tls.connect(opts, () => {
      if (!group) {
        const info = typeof c.getEphemeralKeyInfo === 'function' ? c.getEphemeralKeyInfo() : null;
        group = (info && info.name) || 'unknown';
        cipher = c.getCipher().name;
      }
      c.end();
    });
    c.resume();
    c.on('close', () => {
      active--;
      completed++;
      if (now() < deadline) {
        cycle();
      } else if (active === 0) {
        done(Math.round(completed / (now() - t0)));
      }
    });
  };
  for (let i = 0; i < concurrency; i++) cycle();
}

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  phase(port, 1, (seq) => {
    phase(port, 16, (c16) => {
      report('tls-handshake', { seq_handshakes_per_s: seq, c16_handshakes_per_s: c16, group, cipher });
      server.close();
    });
  });
});

'use strict';
// TLS 1.3 throughput: as tcp-throughput (64 KiB writes for BENCH_SECONDS with
// backpressure) over TLS 1.3 with the bench/certs certificate (ECDSA P-256),
// the client verifying it against the bench CA. Figure: MB/s (10^6 bytes) of
// plaintext the server received, from 'secureConnect' to the server's 'end';
// the negotiated cipher is reported too.
const tls = require('tls');
const { seconds, now, round, report, tlsFiles, pumper } = require('../common.js');

const { cert, key, ca } = tlsFiles();
const chunk = Buffer.alloc(64 * 1024, 'x');
let received = 0;
let t0 = 0;
let cipher = '';

const server = tls.createServer({ cert, key, minVersion: 'TLSv1.3' }, (sock) => {
  sock.on('data', (d) => { received += d.length; });
  sock.on('end', () => {
    report('tls-throughput', { mb_per_s: round(received / (now() - t0) / 1e6, 1), cipher });
    sock.end();
    server.close();
  });
});

server.listen(0, '127.0.0.1', () => {
  const opts = { port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca };
  const client = tls.connect(opts, () => {
    cipher = client.getCipher().name;
    t0 = now();
    const pump = pumper(t0 + seconds(), () => client.write(chunk), () => client.end());
    client.on('drain', pump);
    pump();
  });
});

// TLS throughput: a client writes 64 KiB chunks over TLS 1.3 as fast as
// backpressure allows, a server counts the plaintext it reads. Run under
// node or nodeshim: bench-tls-throughput.js [chunks]. Prints MB/s.
'use strict';
const fs = require('fs');
const path = require('path');
const tls = require('tls');

const chunks = Number(process.argv[2]) || 20000;
const certs = path.join(__dirname, '../../../compat-tests/node/fixtures/certs');
const pem = (n) => fs.readFileSync(path.join(certs, n + '.pem'));
const chunk = Buffer.alloc(64 * 1024, 'x');
const total = chunks * chunk.length;
let start;
const server = tls.createServer({ key: pem('server-key'), cert: pem('server'), minVersion: 'TLSv1.3' }, (s) => {
  let got = 0;
  s.on('data', (d) => {
    got += d.length;
    if (got === total) {
      const secs = Number(process.hrtime.bigint() - start) / 1e9;
      console.log('MB/s', Math.round(total / secs / 1e6));
      s.destroy();
      server.close();
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const opts = { port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca: pem('ca') };
  const c = tls.connect(opts, () => {
    start = process.hrtime.bigint();
    pump();
  });
  let sent = 0;
  function pump() {
    while (sent < chunks) {
      sent++;
      if (!c.write(chunk)) {
        c.once('drain', pump);
        return;
      }
    }
    c.end();
  }
  c.on('error', () => {});
});

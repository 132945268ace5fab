// 8 MiB both ways through TLS: an echo server, a client writing in uneven
// chunks, the hashes of what went and came back.
'use strict';
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));
const data = crypto.randomBytes(8 * 1024 * 1024);
const want = crypto.createHash('sha256').update(data).digest('hex');

const server = tls.createServer({ key: pem('server-key'), cert: pem('server'), allowHalfOpen: true }, (s) => {
  const h = crypto.createHash('sha256');
  s.on('data', (d) => h.update(d));
  s.on('end', () => console.log('server hash matches', h.digest('hex') === want));
  s.pipe(s);
});
server.listen(0, () => {
  const c = tls.connect({ port: server.address().port, ca: pem('ca') }, () => {
    let off = 0;
    let size = 1000;
    function pump() {
      while (off < data.length) {
        const chunk = data.subarray(off, off + size);
        off += chunk.length;
        size = (size * 7) % 100000 + 1;
        if (!c.write(chunk)) {
          c.once('drain', pump);
          return;
        }
      }
      c.end();
    }
    pump();
  });
  const h = crypto.createHash('sha256');
  let n = 0;
  c.on('data', (d) => { n += d.length; h.update(d); });
  c.on('end', () => console.log('client got', n, 'hash matches', h.digest('hex') === want));
  c.on('close', () => server.close());
});

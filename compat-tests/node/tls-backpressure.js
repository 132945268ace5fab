// Backpressure over TLS: writes made before the handshake completes queue
// in the TLSSocket (writableLength exact, write() false past the
// highWaterMark); then a fast writer against a paused reader sees write()
// turn false, and resuming the reader brings 'drain' and every byte with a
// matching SHA-256.
'use strict';
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));
const block = crypto.createHash('sha512').update('tls').digest();
const chunk = Buffer.alloc(64 * 1024);
for (let off = 0; off < chunk.length; off += block.length) block.copy(chunk, off);

let expect;
const server = tls.createServer({ key: pem('server-key'), cert: pem('server') }, (s) => {
  s.pause();
  const hash = crypto.createHash('sha256');
  let n = 0;
  s.on('data', (d) => { n += d.length; hash.update(d); });
  s.on('end', () => {
    console.log('server received all', n === expect.bytes, 'hash matches', hash.digest('hex') === expect.hash);
    s.end();
  });
  setTimeout(() => {
    console.log('server resumes, was paused', s.isPaused());
    s.resume();
  }, 200);
});

server.listen(0, () => {
  const c = tls.connect({ port: server.address().port, host: 'localhost', ca: pem('ca') });
  const sent = crypto.createHash('sha256');
  let bytes = 0;
  const hwm = c.writableHighWaterMark;
  const early = Buffer.alloc(hwm - 1, 1);
  console.log('before handshake: write hwm-1 ->', c.write(early), 'length', c.writableLength === hwm - 1);
  console.log('write 1 more ->', c.write(Buffer.from([1])), 'needDrain', c.writableNeedDrain);
  sent.update(early).update(Buffer.from([1]));
  bytes += hwm;
  c.once('drain', () => {
    console.log('drain after the handshake, length', c.writableLength);
    let falses = 0;
    let left = 200;
    function pump() {
      while (left > 0) {
        left--;
        sent.update(chunk);
        bytes += chunk.length;
        if (!c.write(chunk) && left > 0) {
          falses++;
          c.once('drain', pump);
          return;
        }
      }
      console.log('write() returned false at least once', falses > 0);
      expect = { bytes, hash: sent.digest('hex') };
      c.end();
    }
    pump();
  });
  c.resume();
  c.on('close', () => server.close());
});

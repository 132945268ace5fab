// A fast writer against a paused reader: write() returns false once the
// writable buffer passes highWaterMark, the kernel buffers fill because the
// reader really stops reading, and 'drain' comes after the reader resumes.
// Every byte arrives, in order.
'use strict';
const net = require('net');
const crypto = require('crypto');

const total = 8 * 1024 * 1024;
const chunk = Buffer.alloc(64 * 1024);
for (let i = 0; i < chunk.length; i++) chunk[i] = i % 251;

const server = net.createServer((sock) => {
  sock.pause();
  const hash = crypto.createHash('sha256');
  let received = 0;
  sock.on('data', (d) => { received += d.length; hash.update(d); });
  sock.on('end', () => {
    console.log('server received', received, hash.digest('hex') === expected);
    sock.end();
  });
  setTimeout(() => {
    console.log('reader paused, isPaused', sock.isPaused(), 'readableLength <= 128 KiB', sock.readableLength <= 128 * 1024);
    sock.resume();
  }, 200);
});

const expectedHash = crypto.createHash('sha256');
let written = 0;
let falses = 0;
let drains = 0;
let expected;

server.listen(0, () => {
  const c = net.connect(server.address().port, () => {
    function pump() {
      while (written < total) {
        written += chunk.length;
        expectedHash.update(chunk);
        if (!c.write(chunk)) {
          falses++;
          if (falses === 1) {
            console.log('first false, writableNeedDrain', c.writableNeedDrain,
              'writableLength >= highWaterMark', c.writableLength >= c.writableHighWaterMark);
          }
          c.once('drain', () => { drains++; pump(); });
          return;
        }
      }
      expected = expectedHash.digest('hex');
      c.end();
    }
    pump();
  });
  c.resume();
  c.on('close', () => {
    console.log('written', written, 'write() false at least once', falses > 0, 'drains == falses', drains === falses);
    server.close();
  });
});

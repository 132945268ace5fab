// Received chunks own exactly their bytes: a chunk's ArrayBuffer is the
// chunk (no bytes before or after it), and every byte it reaches belongs to
// its offsets of this transfer. Three bulk transfers in turn, each marked
// with its own bytes, so that a chunk read into a recycled array would show
// an earlier transfer's bytes past its end if it could reach them.
'use strict';
const net = require('net');

const TOTAL = 24 << 20;
const byteAt = (seed, i) => (((i >> 10) * 7) ^ seed) & 0xff;

function transfer(seed, done) {
  const server = net.createServer((s) => {
    const block = Buffer.alloc(64 << 10);
    let off = 0;
    function pump() {
      while (off < TOTAL) {
        for (let k = 0; k < block.length; k += 1024) block.fill(byteAt(seed, off + k), k, k + 1024);
        off += block.length;
        if (!s.write(Buffer.from(block))) {
          s.once('drain', pump);
          return;
        }
      }
      s.end();
    }
    pump();
  });
  server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1');
    let got = 0;
    let notOwnBuffer = 0;
    let wrongBytes = 0;
    c.on('data', (buf) => {
      if (buf.buffer.byteLength !== buf.length || buf.byteOffset !== 0) notOwnBuffer++;
      const all = new Uint8Array(buf.buffer);
      // Every 509th byte, and the last one the buffer reaches.
      for (let i = 0; i < all.length; i += 509) {
        if (all[i] !== byteAt(seed, got + i)) {
          wrongBytes++;
          break;
        }
      }
      if (all.length > 0 && all[all.length - 1] !== byteAt(seed, got + all.length - 1)) wrongBytes++;
      got += buf.length;
    });
    c.on('end', () => {
      console.log(JSON.stringify({ seed, got, notOwnBuffer, wrongBytes }));
      server.close(done);
    });
  });
}

transfer(0x11, () => transfer(0x22, () => transfer(0x33, () => {})));

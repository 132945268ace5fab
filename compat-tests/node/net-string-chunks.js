// Strings on sockets, chunk by chunk: a reader with setEncoding gets each
// packet's whole characters as a string in its own 'data' (a character
// split between packets comes out whole with the later one, a packet of
// only part of a character emits nothing, one cut by the end becomes
// U+FFFD), in utf8 and in encodings that hold back other units (utf16le,
// base64) or none (hex, latin1); setEncoding after bytes were buffered
// decodes them and goes on from the character they end inside; string
// writes are encoded in the default encoding, or the one given, and a
// string write in flight counts in writableLength as its length in code
// units.
'use strict';
const net = require('net');

// pieces sends each piece in its own packet: the next one leaves only
// once the reader's bytesRead shows the previous one arrived.
function pieces(list, encoding, setup) {
  return new Promise((resolve) => {
    const server = net.createServer((s) => {
      s.setNoDelay(true);
      let i = 0;
      const next = () => {
        if (i === list.length) {
          s.end();
          return;
        }
        s.write(list[i++]);
      };
      s.on('data', next);
      next();
    });
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1');
      const events = [];
      let want = 0;
      let sent = 0;
      // Ack each piece once its bytes are all in.
      const poll = setInterval(() => {
        if (sent < list.length && c.bytesRead >= want + list[sent].length) {
          want += list[sent].length;
          sent++;
          c.write('k');
        }
      }, 1);
      setup(c, events, encoding);
      c.on('end', () => {
        clearInterval(poll);
        console.log(encoding, JSON.stringify(events));
        c.end();
        server.close(resolve);
      });
    });
  });
}

function listen(c, events, encoding) {
  c.setEncoding(encoding);
  c.on('data', (d) => events.push(typeof d + ':' + d));
}

const b = (...bytes) => Buffer.from(bytes);
const euro = Buffer.from('€');
const smile = Buffer.from('😀');

(async () => {
  await pieces([Buffer.concat([Buffer.from('ab'), euro.subarray(0, 2)]), b(euro[2], 0x63),
    smile.subarray(0, 2), smile.subarray(2, 3), Buffer.concat([smile.subarray(3), Buffer.from('z')]),
    b(0xff, 0x41), b(0xe2), b(0x41), b(0xf0, 0x9f)], 'utf8', listen);
  const u16 = Buffer.from('a😀b', 'utf16le');
  await pieces([u16.subarray(0, 3), u16.subarray(3, 4), u16.subarray(4, 7), u16.subarray(7)], 'utf16le', listen);
  await pieces([b(1), b(2, 3, 4), b(5, 6), b(7, 8, 9, 10)], 'base64', listen);
  await pieces([b(0xde, 0xad), b(0xbe)], 'hex', listen);
  await pieces([b(0xe9, 0x61), b(0xff)], 'latin1', listen);

  // setEncoding once the first packet (ending inside a character) is
  // buffered (no 'data' listener yet: the socket reads ahead).
  await pieces([Buffer.concat([Buffer.from('xy'), euro.subarray(0, 1)]), euro.subarray(1), Buffer.from('!')], 'late utf8',
    (c, events) => {
      const check = setInterval(() => {
        if (c.bytesRead < 3) return;
        clearInterval(check);
        c.setEncoding('utf8');
        events.push('buffered ' + c.readableLength);
        c.on('data', (d) => events.push(typeof d + ':' + d));
        c.resume();
      }, 1);
    });

  await writes();
})();

// writes: a server logs the bytes of each string write as it gets them.
function writes() {
  return new Promise((resolve) => {
    let got = Buffer.alloc(0);
    let total = 0;
    let paused = null;
    const server = net.createServer((s) => {
      paused = s;
      s.pause();
      s.on('data', (d) => {
        if (got.length < 64) got = Buffer.concat([got, d]).subarray(0, 64);
        total += d.length;
      });
      s.on('end', () => {
        console.log('server got', total, got.subarray(0, 14).toString('hex'));
        server.close(resolve);
      });
    });
    server.listen(0, '127.0.0.1', () => {
      const c = net.connect(server.address().port, '127.0.0.1', () => {
        console.log('plain', c.write('é€'), c.writableLength);
        c.setDefaultEncoding('latin1');
        console.log('latin1', c.write('é'), c.writableLength);
        console.log('utf8 given', c.write('é', 'utf8'), c.writableLength);
        c.setDefaultEncoding('utf8');
        console.log('hex', c.write('00ff', 'hex'), c.writableLength);
        // Large enough that the kernel holds back part of it while the
        // server does not read.
        const big = '€'.repeat(16 << 20);
        const ok = c.write(big);
        console.log('big', ok, c.writableLength === big.length, c.writableNeedDrain);
        c.write('tail');
        console.log('queued', c.writableLength === big.length + 4);
        c.on('drain', () => {
          console.log('drain', c.writableLength, c.bytesWritten === 14 + 3 * big.length);
          c.end();
        });
        setTimeout(() => paused.resume(), 20);
      });
    });
  });
}

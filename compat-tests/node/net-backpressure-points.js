// Backpressure values at points that do not depend on the kernel: writes
// made while the socket is still connecting queue in the stream, so
// writableLength, writableNeedDrain and write()'s result follow the
// highWaterMark exactly; 'drain' comes once the connection flushes them.
// Then a fast writer meets a paused reader: write() turns false, the
// reader's buffer stops growing past its highWaterMark, and resuming it
// brings 'drain' and every byte.
'use strict';
const net = require('net');

const server = net.createServer({ highWaterMark: 1024 }, (sock) => {
  sock.pause();
  let received = 0;
  sock.on('data', (d) => { received += d.length; });
  sock.on('end', () => {
    console.log('server received all', received === server.written);
    server.close();
  });
  server.sock = sock;
});

function state(label, c) {
  console.log(label, 'length', c.writableLength, 'needDrain', c.writableNeedDrain,
    'hwm', c.writableHighWaterMark, 'pending', c.pending, 'connecting', c.connecting);
}

server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', writableHighWaterMark: 1000 });
  state('fresh', c);
  console.log('write 600 ->', c.write(Buffer.alloc(600)));
  state('after 600', c);
  console.log('write 399 ->', c.write(Buffer.alloc(399)));
  state('after 999', c);
  console.log('write 1 ->', c.write('x'));
  state('after 1000', c);
  console.log('write 5000 ->', c.write(Buffer.alloc(5000)));
  state('after 6000', c);
  c.once('drain', () => {
    state('drain', c);
    flood(c);
  });
});

function flood(c) {
  const chunk = Buffer.alloc(64 * 1024);
  let written = 6000;
  let n = 0;
  while (c.write(chunk)) {
    written += chunk.length;
    if (++n > 10000) break;
  }
  written += chunk.length;
  console.log('flood: write() turned false', n <= 10000, 'needDrain', c.writableNeedDrain);
  setTimeout(() => {
    const sock = server.sock;
    console.log('reader paused', sock.isPaused(), 'holds data', sock.readableLength > 0,
      'readableHighWaterMark', sock.readableHighWaterMark);
    c.once('drain', () => {
      console.log('drain after resume, length', c.writableLength, 'needDrain', c.writableNeedDrain);
      server.written = written;
      c.end();
    });
    sock.resume();
  }, 100);
}

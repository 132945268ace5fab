'use strict';
// TCP throughput through pipe(): the server pipes the socket into a
// stream.Writable that counts the bytes; the client's 64 KiB writes each
// have a completion callback. Figure as bench/node/tcp-throughput.js.
const net = require('net');
const { Writable } = require('stream');
const { seconds, now, round, report, pumper } = require('../common.js');

const chunk = Buffer.alloc(64 * 1024, 'x');
let received = 0;
let t0 = 0;

const server = net.createServer((sock) => {
  sock.pipe(new Writable({
    write(c, encoding, cb) {
      received += c.length;
      cb();
    },
    final(cb) {
      report('throughput-pipe', { mb_per_s: round(received / (now() - t0) / 1e6, 1) });
      sock.end();
      server.close();
      cb();
    },
  }));
});

server.listen(0, '127.0.0.1', () => {
  const written = () => {};
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    t0 = now();
    const pump = pumper(t0 + seconds(), () => client.write(chunk, written), () => client.end());
    client.on('drain', pump);
    pump();
  });
});

'use strict';
// TCP throughput through pipe(): the server pipes the socket into a
// stream.Writable that counts the bytes; the client's 64 KiB writes each
// have a completion callback. Figure as bench/node/tcp-throughput.js.
const { Writable } = require('stream');
const { throughput } = require('./throughput.js');

throughput('throughput-pipe', 64 * 1024, true, (sock, count, done) => {
  sock.pipe(new Writable({
    write(chunk, encoding, cb) {
      count(chunk);
      cb();
    },
    final(cb) {
      done();
      cb();
    },
  }));
});

'use strict';
// TCP throughput with 1 KiB writes instead of 64 KiB: the per-write cost
// rather than the per-byte one. Figure as bench/node/tcp-throughput.js.
const { throughput } = require('./throughput.js');

throughput('throughput-1k', 1024, false, (sock, count, done) => {
  sock.on('data', count);
  sock.on('end', done);
});

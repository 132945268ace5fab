'use strict';
// Ping-pong where the client writes a 64-character string; no encoding is
// set, so both sides get Buffers.
const { pingPong, SIZE } = require('./pingpong.js');

pingPong('pingpong-strwrite', (sock) => {
  sock.on('data', (d) => sock.write(d));
}, { message: 'x'.repeat(SIZE) });

'use strict';
// Ping-pong with text: both sides setEncoding('utf8'), the client writes a
// 64-character string and the server echoes the string it got.
const { pingPong, SIZE } = require('./pingpong.js');

pingPong('pingpong-string', (sock) => {
  sock.setEncoding('utf8');
  sock.on('data', (d) => sock.write(d));
}, { message: 'x'.repeat(SIZE), encoding: 'utf8' });

'use strict';
// Ping-pong where every client write has a completion callback.
const { pingPong } = require('./pingpong.js');

pingPong('pingpong-writecb', (sock) => {
  sock.on('data', (d) => sock.write(d));
}, { writeCallback: true });

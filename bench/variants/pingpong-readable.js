'use strict';
// Ping-pong whose server reads in paused mode: a 'readable' listener with a
// read() loop.
const { pingPong } = require('./pingpong.js');

pingPong('pingpong-readable', (sock) => {
  sock.on('readable', () => {
    let d;
    while ((d = sock.read()) !== null) sock.write(d);
  });
});

'use strict';
// Ping-pong whose server echoes with sock.pipe(sock).
const { pingPong } = require('./pingpong.js');

pingPong('pingpong-pipe', (sock) => sock.pipe(sock));

'use strict';
// tcp-pingpong over TLS 1.3: 64-byte messages on one established TLS
// connection (the handshake is not timed), the client verifying the server's
// certificate against bench/certs' CA. Figures as bench/node/tcp-pingpong.js.
const { pingPong } = require('./pingpong.js');

pingPong('tls-pingpong', (sock) => {
  sock.on('data', (d) => sock.write(d));
}, { tls: true });

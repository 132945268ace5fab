'use strict';
// tcp-pingpong over TLS 1.3: 64-byte messages on one established TLS
// connection (the handshake is not timed), the client verifying the server's
// certificate against bench/certs' CA. Figures as bench/node/tcp-pingpong.js.
const tls = require('tls');
const { report, pingPongClock, tlsFiles } = require('../common.js');

const SIZE = 64;
const msg = Buffer.alloc(SIZE, 'x');
const { cert, key, ca } = tlsFiles();

const server = tls.createServer({ cert, key }, (sock) => {
  sock.setNoDelay(true);
  sock.on('data', (d) => sock.write(d));
});

server.listen(0, '127.0.0.1', () => {
  const client = tls.connect({ port: server.address().port, host: '127.0.0.1', ca, servername: 'localhost' });
  client.setNoDelay(true);
  const clock = pingPongClock(1000, (figures) => {
    report('tls-pingpong', figures);
    client.end();
    server.close();
  });
  let got = 0;
  const send = () => {
    got = 0;
    clock.sent();
    client.write(msg);
  };
  client.on('secureConnect', send);
  client.on('data', (d) => {
    got += d.length;
    if (got >= SIZE && clock.arrived()) send();
  });
});

'use strict';
// The ping-pong variants' shared harness: the client of bench/node/tcp-pingpong.js
// (64-byte messages, one in flight, timed by pingPongClock) against a server
// the variant sets up, with the client's writing and reading as the variant
// asks, over TCP or TLS.
const net = require('net');
const tls = require('tls');
const { report, pingPongClock, tlsFiles } = require('../common.js');

const SIZE = 64;

// pingPong runs the workload `name`: onSocket(sock) sets up each accepted
// socket; options.message is what the client writes (default a 64-byte
// Buffer), options.encoding the client's setEncoding (default none, so 'data'
// gives Buffers), options.writeCallback whether each write has a callback,
// options.tls whether the connection is TLS 1.3 (bench/certs; the client
// verifies the server, and starts at 'secureConnect').
function pingPong(name, onSocket, options = {}) {
  const msg = options.message || Buffer.alloc(SIZE, 'x');
  const setUp = (sock) => {
    sock.setNoDelay(true);
    onSocket(sock);
  };
  const { cert, key, ca } = options.tls ? tlsFiles() : {};
  const server = options.tls ? tls.createServer({ cert, key }, setUp) : net.createServer(setUp);
  server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    const client = options.tls
      ? tls.connect({ port, host: '127.0.0.1', ca, servername: 'localhost' })
      : net.connect(port, '127.0.0.1');
    client.setNoDelay(true);
    if (options.encoding) client.setEncoding(options.encoding);
    const clock = pingPongClock(1000, (figures) => {
      report(name, figures);
      client.end();
      server.close();
    });
    const written = () => {};
    let got = 0;
    const send = () => {
      got = 0;
      clock.sent();
      if (options.writeCallback) client.write(msg, written);
      else client.write(msg);
    };
    client.on(options.tls ? 'secureConnect' : 'connect', send);
    client.on('data', (d) => {
      got += d.length;
      if (got >= SIZE && clock.arrived()) send();
    });
  });
}

module.exports = { pingPong, SIZE };

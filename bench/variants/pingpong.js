'use strict';
// The ping-pong variants' shared harness: the client of bench/node/tcp-pingpong.js
// (64-byte messages, one in flight, timed by pingPongClock) against a server
// the variant sets up, with the client's writing and reading as the variant
// asks.
const net = require('net');
const { report, pingPongClock } = require('../common.js');

const SIZE = 64;

// pingPong runs the workload `name`: onSocket(sock) sets up each accepted
// socket; options.message is what the client writes (default a 64-byte
// Buffer), options.encoding the client's setEncoding (default none, so 'data'
// gives Buffers), options.writeCallback whether each write has a callback.
function pingPong(name, onSocket, options = {}) {
  const msg = options.message || Buffer.alloc(SIZE, 'x');
  const server = net.createServer((sock) => {
    sock.setNoDelay(true);
    onSocket(sock);
  });
  server.listen(0, '127.0.0.1', () => {
    const client = net.connect(server.address().port, '127.0.0.1');
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
    client.on('connect', send);
    client.on('data', (d) => {
      got += d.length;
      if (got >= SIZE && clock.arrived()) send();
    });
  });
}

module.exports = { pingPong, SIZE };

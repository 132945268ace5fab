// Ping-pong shaped as bench/node/tcp-pingpong.js (its server, its client's
// 'data' listener and bench/common.js's pingPongClock), bounded by a count
// of round trips instead of time: bench-pingpong.js [round trips]. Prints
// round trips per second.
'use strict';
const net = require('net');

const total = Number(process.argv[2]) || 100000;
const SIZE = 64;
const msg = Buffer.alloc(SIZE, 'x');

function nowUs() {
  return Number(process.hrtime.bigint()) / 1e3;
}

function clock(done) {
  const rtts = [];
  let sentAt = 0;
  const start = nowUs();
  return {
    sent() { sentAt = nowUs(); },
    arrived() {
      const t = nowUs();
      rtts.push(t - sentAt);
      if (rtts.length < total) return true;
      done(Math.round(rtts.length / ((t - start) / 1e6)));
      return false;
    },
  };
}

const server = net.createServer((sock) => {
  sock.setNoDelay(true);
  sock.on('data', (d) => sock.write(d));
  sock.on('end', () => sock.end());
});

server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  client.setNoDelay(true);
  const c = clock((rate) => {
    console.log('round trips/s', rate);
    client.end();
    server.close();
  });
  let got = 0;
  const send = () => {
    got = 0;
    c.sent();
    client.write(msg);
  };
  client.on('connect', send);
  client.on('data', (d) => {
    got += d.length;
    if (got >= SIZE && c.arrived()) send();
  });
});

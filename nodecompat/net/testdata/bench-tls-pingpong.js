// Ping-pong shaped as bench/variants/tls-pingpong.js (64-byte messages, one
// in flight, on one TLS 1.3 connection whose handshake is not timed), bounded
// by a count of round trips instead of time; "tcp" runs the same over plain
// TCP for reference. Run under node or nodeshim:
// bench-tls-pingpong.js [round trips] [tls|tcp]. Prints round trips per second.
'use strict';
const fs = require('fs');
const path = require('path');

const total = Number(process.argv[2]) || 100000;
const overTLS = process.argv[3] !== 'tcp';
const SIZE = 64;
const msg = Buffer.alloc(SIZE, 'x');

const certs = path.join(__dirname, '../../../compat-tests/node/fixtures/certs');
const pem = (n) => fs.readFileSync(path.join(certs, n + '.pem'));
const transport = overTLS ? require('tls') : require('net');
const serverOptions = overTLS ? { key: pem('server-key'), cert: pem('server'), minVersion: 'TLSv1.3' } : {};
const ready = overTLS ? 'secureConnect' : 'connect';

function nowUs() {
  return Number(process.hrtime.bigint()) / 1e3;
}

const server = transport.createServer(serverOptions, (sock) => {
  sock.setNoDelay(true);
  sock.on('data', (d) => sock.write(d));
  sock.on('end', () => sock.end());
});

server.listen(0, '127.0.0.1', () => {
  const target = { port: server.address().port, host: '127.0.0.1' };
  const client = transport.connect(overTLS ? { ...target, servername: 'localhost', ca: pem('ca') } : target);
  client.setNoDelay(true);
  const rtts = [];
  let sentAt = 0;
  let start = 0;
  let got = 0;
  const send = () => {
    got = 0;
    sentAt = nowUs();
    client.write(msg);
  };
  client.on(ready, () => {
    start = nowUs();
    send();
  });
  client.on('data', (d) => {
    got += d.length;
    if (got < SIZE) return;
    const t = nowUs();
    rtts.push(t - sentAt);
    if (rtts.length < total) {
      send();
      return;
    }
    console.log('round trips/s', Math.round(total / ((t - start) / 1e6)));
    client.end();
    server.close();
  });
});

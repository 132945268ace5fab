'use strict';
// Datagram sizes: the largest IPv4 UDP payload arrives whole, one byte more
// fails with EMSGSIZE to the callback without closing the socket, and
// without a callback it goes unreported.
const dgram = require('dgram');

const server = dgram.createSocket('udp4');
const client = dgram.createSocket('udp4');
const got = [];
server.on('message', (msg, rinfo) => {
  got.push([msg.length, rinfo.size, msg[0], msg[msg.length - 1]].join(' '));
  if (msg.length === 1) {
    console.log('server got', got.join(', '));
    client.close();
    server.close();
  }
});
server.bind(0, '127.0.0.1', () => {
  const port = server.address().port;
  const big = Buffer.alloc(65507, 7);
  big[0] = 1;
  client.send(big, port, '127.0.0.1', (err, n) => {
    console.log('max sent', err, n);
    client.send(Buffer.alloc(65508), port, '127.0.0.1', (err2) => {
      console.log('too big', err2.code, err2.syscall, err2.message.replace(/:\d+$/, ':PORT'), Object.keys(err2).join());
      client.send(Buffer.alloc(70000), port, '127.0.0.1');
      client.send([Buffer.alloc(40000), Buffer.alloc(30000)], port, '127.0.0.1', (err3) => {
        console.log('too big as a list', err3.code);
        client.send(Buffer.from([42]), port, '127.0.0.1');
      });
    });
  });
});

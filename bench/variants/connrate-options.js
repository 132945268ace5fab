'use strict';
// Connection rate written the other common way: createConnection with an
// options object and a 'connect' listener, a server whose 'connection'
// listener is added with on() and whose sockets consume with 'data'.
// Figures as bench/node/tcp-connrate.js.
const net = require('net');
const { report, cycles } = require('../common.js');

const server = net.createServer();
server.on('connection', (sock) => {
  sock.on('error', () => {});
  sock.on('data', () => {});
});

server.listen({ port: 0, host: '127.0.0.1', backlog: 1024 }, () => {
  const port = server.address().port;
  const start = (closed) => {
    const c = net.createConnection({ port, host: '127.0.0.1' });
    c.on('connect', () => c.end());
    c.on('data', () => {});
    c.on('close', closed);
  };
  cycles(1, start, (seq) => {
    cycles(50, start, (c50) => {
      report('connrate-options', { seq_conn_per_s: seq, c50_conn_per_s: c50 });
      server.close();
    });
  });
});

'use strict';
// Connections the client destroys as soon as they are up (the server sees
// the FIN as 'end' and closes). Figures as bench/node/tcp-connrate.js.
const net = require('net');
const { report, cycles } = require('../common.js');

const server = net.createServer((sock) => {
  sock.on('error', () => {});
  sock.on('end', () => {});
  sock.on('close', () => {});
  sock.resume();
});

server.listen({ port: 0, host: '127.0.0.1', backlog: 1024 }, () => {
  const port = server.address().port;
  const start = (closed) => {
    const c = net.connect(port, '127.0.0.1', () => c.destroy());
    c.on('close', closed);
  };
  cycles(1, start, (seq) => {
    cycles(50, start, (c50) => {
      report('connrate-destroy', { seq_conn_per_s: seq, c50_conn_per_s: c50 });
      server.close();
    });
  });
});

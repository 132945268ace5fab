'use strict';
// Connections that carry a request and its answer: the client sends 5 bytes
// with end(data), the server answers them with end(data), the client checks
// the answer at 'end' and counts the connection at 'close'. Figures as
// bench/node/tcp-connrate.js.
const net = require('net');
const { report, cycles } = require('../common.js');

const server = net.createServer((sock) => {
  sock.on('error', () => {});
  sock.on('data', (d) => sock.end(d));
});

server.listen({ port: 0, host: '127.0.0.1', backlog: 1024 }, () => {
  const port = server.address().port;
  const start = (closed) => {
    const c = net.connect(port, '127.0.0.1');
    c.end('hello');
    let got = 0;
    c.on('data', (d) => { got += d.length; });
    c.on('end', () => {
      if (got !== 5) throw new Error(`answer of ${got} bytes`);
    });
    c.on('close', closed);
  };
  cycles(1, start, (seq) => {
    cycles(50, start, (c50) => {
      report('connrate-request', { seq_conn_per_s: seq, c50_conn_per_s: c50 });
      server.close();
    });
  });
});

// Connection cycles as bench/node/tcp-connrate.js makes them: a client
// connects, ends at once, the server ends on the client's FIN, the next
// connection starts at the client's 'close'; half of them one at a time,
// half with 50 in flight. Run under node or nodeshim:
// bench-connrate.js [connections]. Prints connections per second.
'use strict';
const net = require('net');

const total = Math.max(Number(process.argv[2]) || 4000, 2);
const server = net.createServer((sock) => {
  sock.on('error', () => {});
  sock.resume();
});

// run keeps conc connections in flight until n have closed.
function run(port, n, conc, done) {
  let started = 0;
  let closed = 0;
  const start = () => {
    started++;
    const c = net.connect(port, '127.0.0.1', () => c.end());
    c.resume();
    c.on('close', () => {
      closed++;
      if (started < n) start();
      else if (closed === n) done();
    });
  };
  for (let i = 0; i < Math.min(conc, n); i++) start();
}

server.listen({ port: 0, host: '127.0.0.1', backlog: 1024 }, () => {
  const port = server.address().port;
  const t0 = process.hrtime.bigint();
  const half = Math.floor(total / 2);
  run(port, half, 1, () => run(port, total - half, 50, () => {
    const secs = Number(process.hrtime.bigint() - t0) / 1e9;
    console.log('connections/s', Math.round(total / secs));
    server.close();
  }));
});

'use strict';
// TCP connection rate: a client connects to a server in the same process and
// ends at once; the server ends its side on the client's FIN; the client
// counts a connection at 'close'. First one connection at a time, then 50 in
// flight, each phase for BENCH_SECONDS (connections in flight at the deadline
// are finished and counted). Figures: connections/s, sequential and at
// concurrency 50.
const net = require('net');
const { seconds, now, report } = require('../common.js');

const server = net.createServer((sock) => {
  sock.on('error', () => {});
  sock.resume();
});

// phase keeps `concurrency` connections cycling until the deadline, then
// calls done(connections per second).
function phase(port, concurrency, done) {
  const t0 = now();
  const deadline = t0 + seconds();
  let completed = 0;
  let active = 0;
  const cycle = () => {
    active++;
    const c = net.connect(port, '127.0.0.1', () => c.end());
    c.resume();
    c.on('close', () => {
      active--;
      completed++;
      if (now() < deadline) {
        cycle();
      } else if (active === 0) {
        done(Math.round(completed / (now() - t0)));
      }
    });
  };
  for (let i = 0; i < concurrency; i++) cycle();
}

server.listen({ port: 0, host: '127.0.0.1', backlog: 1024 }, () => {
  const port = server.address().port;
  phase(port, 1, (seq) => {
    phase(port, 50, (c50) => {
      report('tcp-connrate', { seq_conn_per_s: seq, c50_conn_per_s: c50 });
      server.close();
    });
  });
});

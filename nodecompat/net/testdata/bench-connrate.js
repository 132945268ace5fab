// Connection cycles, half of them one at a time, half with 50 in flight.
// Run under node or nodeshim: bench-connrate.js [connections] [shape].
// Prints connections per second. The shapes are those of
// bench/node/tcp-connrate.js ("plain", the default: the client connects
// and ends at once, the server ends on the client's FIN, the next
// connection starts at the client's 'close') and of its variants in
// bench/variants: "opts" connects with net.createConnection({ port, host })
// and listens with on('connect') and on('data'), its server through
// server.on('connection'); "reqres" sends 'hello' with end() and the
// server answers with sock.end(d); "destroy" destroys the client on
// 'connect'.
'use strict';
const net = require('net');

const total = Math.max(Number(process.argv[2]) || 4000, 2);
const shape = process.argv[3] || 'plain';

const servers = {
  plain() {
    return net.createServer((sock) => { sock.on('error', () => {}); sock.resume(); });
  },
  opts() {
    const server = net.createServer();
    server.on('connection', (sock) => { sock.on('error', () => {}); sock.on('data', () => {}); });
    return server;
  },
  reqres() {
    return net.createServer((sock) => { sock.on('data', (d) => sock.end(d)); sock.on('error', () => {}); });
  },
  destroy() {
    return net.createServer((sock) => {
      sock.on('error', () => {}); sock.on('end', () => {}); sock.on('close', () => {}); sock.resume();
    });
  },
};

const clients = {
  plain(port, closed) {
    const c = net.connect(port, '127.0.0.1', () => c.end());
    c.resume();
    c.on('close', closed);
  },
  opts(port, closed) {
    const c = net.createConnection({ port, host: '127.0.0.1' });
    c.on('connect', () => c.end());
    c.on('data', () => {});
    c.on('close', closed);
  },
  reqres(port, closed) {
    const c = net.connect(port, '127.0.0.1');
    c.end('hello');
    let n = 0;
    c.on('data', (d) => { n += d.length; });
    c.on('end', () => { if (n !== 5) throw new Error('short'); });
    c.on('close', closed);
  },
  destroy(port, closed) {
    const c = net.connect(port, '127.0.0.1', () => c.destroy());
    c.on('close', closed);
  },
};

const server = servers[shape]();
const client = clients[shape];

// run keeps conc connections in flight until n have closed.
function run(port, n, conc, done) {
  let started = 0;
  let closed = 0;
  const start = () => {
    started++;
    client(port, () => {
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

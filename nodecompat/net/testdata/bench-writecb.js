// Writes with a callback: "echo" is 64-byte round trips whose client
// writes with write(msg, cb) (a server echoes them); "pipe" is 64 KiB
// writes with a callback into a server socket piped into a JS Writable.
// Run under node or nodeshim: bench-writecb.js [count] [echo|pipe].
// Prints round trips or MB per second.
'use strict';
const net = require('net');
const { Writable } = require('stream');

const total = Number(process.argv[2]) || 100000;
const mode = process.argv[3] || 'echo';
const nop = () => {};

function echo(server) {
  const msg = Buffer.alloc(64, 'x');
  server.on('connection', (s) => {
    s.setNoDelay(true);
    s.on('data', (d) => s.write(d));
  });
  const c = net.connect(server.address().port, '127.0.0.1');
  c.setNoDelay(true);
  let done = 0;
  let pending = 0;
  let start;
  c.on('connect', () => {
    start = process.hrtime.bigint();
    c.write(msg, nop);
  });
  c.on('data', (d) => {
    pending += d.length;
    while (pending >= msg.length) {
      pending -= msg.length;
      if (++done === total) {
        const secs = Number(process.hrtime.bigint() - start) / 1e9;
        console.log('round trips/s', Math.round(total / secs));
        c.destroy();
        server.close();
        return;
      }
      c.write(msg, nop);
    }
  });
}

function pipe(server) {
  const chunk = Buffer.alloc(64 * 1024, 'x');
  const bytes = total * chunk.length;
  let start;
  server.on('connection', (s) => {
    let got = 0;
    s.pipe(new Writable({
      write(c, e, cb) {
        got += c.length;
        cb();
      },
      final(cb) {
        const secs = Number(process.hrtime.bigint() - start) / 1e9;
        console.log('MB/s', Math.round(got / secs / 1e6), got === bytes);
        server.close();
        cb();
      },
    }));
  });
  const c = net.connect(server.address().port, '127.0.0.1');
  let sent = 0;
  function pump() {
    while (sent < total) {
      sent++;
      if (!c.write(chunk, nop)) return;
    }
    c.end();
  }
  c.on('drain', pump);
  c.on('connect', () => {
    start = process.hrtime.bigint();
    pump();
  });
}

const server = net.createServer();
server.listen(0, '127.0.0.1', () => (mode === 'pipe' ? pipe : echo)(server));

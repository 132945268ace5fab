// Half-open from the client's side: the client ends its writing side; the
// server (allowHalfOpen) still answers, then ends too. Each side's events
// are listed apart: their interleaving is the scheduler's business.
'use strict';
const net = require('net');

const log = [];
const slog = [];
let closed = 0;
function done() {
  if (++closed < 2) return;
  server.close(() => console.log(log.concat(slog).join('\n')));
}
const server = net.createServer({ allowHalfOpen: true }, (sock) => {
  let got = '';
  sock.setEncoding('utf8');
  sock.on('data', (d) => { got += d; });
  sock.on('end', () => {
    slog.push('server end, writable=' + sock.writable + ' got=' + got);
    sock.write('reply after your end');
    setTimeout(() => {
      sock.write(', more');
      sock.end(', done');
    }, 20);
  });
  sock.on('finish', () => slog.push('server finish'));
  sock.on('close', () => {
    slog.push('server close');
    done();
  });
});

server.listen(0, () => {
  const c = net.connect({ port: server.address().port, allowHalfOpen: true });
  let got = '';
  c.setEncoding('utf8');
  c.on('connect', () => c.end('request'));
  c.on('finish', () => log.push('client finish, readable=' + c.readable));
  c.on('data', (d) => { got += d; });
  c.on('end', () => log.push('client end got=' + got));
  c.on('close', () => {
    log.push('client close');
    done();
  });
});

// Half-open from the server's side: the server ends first; the client
// (allowHalfOpen) keeps writing after 'end', and the server still reads.
'use strict';
const net = require('net');

const log = [];
const slog = [];
let closed = 0;
function done() {
  if (++closed === 2) server.close(() => console.log(slog.concat(log).join('\n')));
}
const server = net.createServer({ allowHalfOpen: true }, (sock) => {
  sock.setEncoding('utf8');
  let got = '';
  sock.end('greeting');
  sock.on('finish', () => slog.push('server finish'));
  sock.on('data', (d) => { got += d; });
  sock.on('end', () => slog.push('server end got=' + got));
  sock.on('close', () => {
    slog.push('server close');
    done();
  });
});

server.listen(0, () => {
  const c = net.connect({ port: server.address().port, allowHalfOpen: true });
  c.setEncoding('utf8');
  c.on('data', (d) => log.push('client data ' + d));
  c.on('end', () => {
    log.push('client end writable=' + c.writable);
    c.write('still ');
    c.end('talking');
  });
  c.on('close', () => {
    log.push('client close');
    done();
  });
});

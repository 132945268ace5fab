// Socket options: setNoDelay and setKeepAlive before and after
// connecting (they return the socket), the server's noDelay, keepAlive
// and highWaterMark options, and allowHalfOpen reported on sockets.
'use strict';
const net = require('net');

const server = net.createServer({ noDelay: true, keepAlive: true, keepAliveInitialDelay: 1000, highWaterMark: 1024 }, (s) => {
  console.log('accepted: allowHalfOpen', s.allowHalfOpen, 'readableHighWaterMark', s.readableHighWaterMark,
    'writableHighWaterMark', s.writableHighWaterMark);
  s.end();
});
console.log('server options', server.noDelay, server.keepAlive, server.keepAliveInitialDelay, server.highWaterMark,
  server.allowHalfOpen, server.pauseOnConnect);

server.listen(0, () => {
  const c = new net.Socket({ allowHalfOpen: true });
  console.log('before connect', c.setNoDelay() === c, c.setNoDelay(false) === c, c.setKeepAlive(true, 5000) === c);
  c.connect({ port: server.address().port, noDelay: true, keepAlive: true, keepAliveInitialDelay: 2000 }, () => {
    console.log('after connect', c.setNoDelay(true) === c, c.setKeepAlive(false) === c, c.setKeepAlive(true) === c);
    console.log('client allowHalfOpen', c.allowHalfOpen);
  });
  c.resume();
  c.on('end', () => c.end());
  c.on('close', () => server.close());
});

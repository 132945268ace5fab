// Accepted sockets follow the server's highWaterMark and allowHalfOpen as they
// are when the connection arrives, also after they change between
// connections; an accepted socket is reading.
'use strict';
const net = require('net');

const seen = [];
const server = net.createServer((s) => {
  seen.push([s.readableHighWaterMark, s.writableHighWaterMark, s.allowHalfOpen, s._handle.reading]);
  s.destroy();
  if (seen.length === 1) {
    server.highWaterMark = 1024;
    server.allowHalfOpen = true;
    connect();
  } else {
    console.log(JSON.stringify(seen));
    server.close();
  }
});
server.highWaterMark = 4096;

function connect() {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.on('error', () => {});
  c.on('close', () => {});
  c.resume();
}

server.listen(0, '127.0.0.1', connect);

// An open socket that is not reading does not keep the process alive
// (libuv's handles are active only while reading, writing or connecting):
// the accepted socket below is never read, so its buffer fills, the
// stream stops reading from the kernel, and once the client is gone and
// the server closed, the process exits with that socket still open.
'use strict';
const net = require('net');

let accepted;
const server = net.createServer((socket) => {
  accepted = socket; // nobody reads it: paused mode, buffering up to its highWaterMark
  server.close(() => console.log('never: the connection is still open'));
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    client.write(Buffer.alloc(256 * 1024), () => {
      console.log('client: the kernel took 256 KiB; destroying the client');
      client.destroy();
    });
  });
});
process.on('exit', (code) => {
  console.log('exit', code, 'accepted open', !accepted.destroyed,
    'buffered at least its highWaterMark', accepted.readableLength >= accepted.readableHighWaterMark,
    'ended', accepted.readableEnded);
});

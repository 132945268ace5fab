// bytesRead and bytesWritten count what went through, including bytes
// still queued in the stream, and stay readable after the socket closed;
// bufferSize and writableLength while data waits.
'use strict';
const net = require('net');

const server = net.createServer((s) => {
  s.pause();
  setTimeout(() => {
    s.resume();
    s.on('end', () => {
      console.log('server bytesRead', s.bytesRead);
      s.end('x'.repeat(300));
    });
  }, 50);
});
server.listen(0, () => {
  const c = net.connect(server.address().port);
  const big = Buffer.alloc(1024 * 1024);
  c.write(big);
  c.write('é', 'utf8');
  console.log('while connecting: bytesWritten', c.bytesWritten, 'bufferSize', c.bufferSize, 'writableLength', c.writableLength);
  c.on('connect', () => {
    c.end();
  });
  c.resume();
  c.on('close', () => {
    console.log('after close: bytesRead', c.bytesRead, 'bytesWritten', c.bytesWritten);
    server.close();
  });
});

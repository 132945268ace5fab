// Unix-domain sockets: echo over a path, the addresses a path socket
// reports, EADDRINUSE on a taken path, ENOENT for a missing one, and the
// path removed once the server closes.
'use strict';
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeshim-unix-'));
const sock = path.join(dir, 'echo.sock');

let serverSide;
const server = net.createServer((c) => {
  serverSide = ['server side', JSON.stringify(c.address()), c.remoteAddress, c.remotePort];
  c.pipe(c);
});
server.listen(sock, () => {
  console.log('address is the path', server.address() === sock, 'exists', fs.existsSync(sock));
  const other = net.createServer();
  other.on('error', (err) => {
    console.log('second listen', err.code, err.syscall, err.port, err.address === sock);
    const c = net.connect(sock, () => {
      console.log('connected', JSON.stringify(c.address()), c.remoteAddress, c.localPort, c.readyState);
      c.end('over a unix socket');
    });
    c.setEncoding('utf8');
    c.on('data', (d) => console.log('echo', d));
    c.on('close', () => {
      console.log(...serverSide);
      server.close(() => {
        console.log('removed', !fs.existsSync(sock), 'address after close is the path', server.address() === sock);
        const missing = net.connect({ path: path.join(dir, 'missing.sock') });
        missing.on('error', (err) => {
          console.log('missing', err.code, err.syscall, err.address === path.join(dir, 'missing.sock'));
          console.log(Object.keys(err).join(','));
          fs.rmdirSync(dir);
        });
      });
    });
  });
  other.listen(sock);
});

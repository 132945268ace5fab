// localAddress and localPort bind the client's end before connecting; a
// port already taken fails with EADDRINUSE from bind.
'use strict';
const net = require('net');

const server = net.createServer((s) => {
  s.end(s.remoteAddress + ' ' + (s.remotePort === want));
});
let want;

server.listen(0, '127.0.0.1', () => {
  const probe = net.createServer().listen(0, '127.0.0.1', () => {
    want = probe.address().port;
    probe.close(() => {
      const c = net.connect({ port: server.address().port, host: '127.0.0.1', localAddress: '127.0.0.1', localPort: want });
      c.setEncoding('utf8');
      c.on('data', (d) => console.log('server saw', d, 'client localPort matches', c.localPort === want));
      c.on('close', () => {
        const taken = net.createServer().listen(0, '127.0.0.1', () => {
          const d = net.connect({ port: server.address().port, host: '127.0.0.1', localAddress: '127.0.0.1', localPort: taken.address().port });
          d.on('error', (e) => {
            console.log('taken local port:', e.code, e.syscall, e.address, e.port === taken.address().port);
            taken.close();
            server.close();
          });
        });
      });
    });
  });
});

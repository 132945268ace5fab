// Connecting from a local address the host does not have fails at bind
// with EADDRNOTAVAIL; a localAddress of the other family fails with
// EINVAL (or EAFNOSUPPORT, as the kernel decides); both errors carry the
// address and port of the local side and the socket closes with hadError.
'use strict';
const net = require('net');

const server = net.createServer((s) => s.end());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = net.connect({ port, host: '127.0.0.1', localAddress: '192.0.2.123' });
  c.on('error', (e) => console.log('not local:', e.code, e.syscall, e.address, e.port, e.message));
  c.on('close', (hadError) => {
    console.log('closed, hadError', hadError);
    const d = net.connect({ port, host: '127.0.0.1', localAddress: '::1' });
    d.on('error', (e) => console.log('other family:', ['EINVAL', 'EAFNOSUPPORT'].includes(e.code), e.syscall));
    d.on('close', (hadError2) => {
      console.log('closed, hadError', hadError2);
      server.close();
    });
  });
});

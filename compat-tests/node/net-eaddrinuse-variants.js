// EADDRINUSE beyond a plain second listen: listen(options) on a taken port,
// a taken IPv6 port, a client whose localPort is already listening
// (connect fails with EADDRINUSE or EADDRNOTAVAIL as the kernel decides,
// Node reports it on 'error'), and the same port on two servers with
// different addresses where both may listen.
'use strict';
const net = require('net');

function expectError(label, server, then) {
  server.on('error', (e) => {
    console.log(label, e.code, e.syscall, e.address, typeof e.port, 'listening', server.listening);
    then();
  });
}

const a = net.createServer();
a.listen({ port: 0, host: '127.0.0.1' }, () => {
  const port = a.address().port;
  const b = net.createServer();
  expectError('options form', b, () => six(port));
  b.listen({ port, host: '127.0.0.1' });
});

function six(port4) {
  const a6 = net.createServer();
  a6.listen(0, '::1', () => {
    const b6 = net.createServer();
    expectError('IPv6', b6, () => {
      a6.close();
      localPort(port4);
    });
    b6.listen(a6.address().port, '::1');
  });
}

function localPort(port) {
  const c = net.connect({ port, host: '127.0.0.1', localAddress: '127.0.0.1', localPort: port });
  c.on('error', (e) => {
    console.log('connect from a listening port', ['EADDRINUSE', 'EADDRNOTAVAIL'].includes(e.code), e.syscall);
    differentHosts(port);
  });
  c.on('connect', () => console.log('unexpected connect'));
}

function differentHosts(port) {
  const other = net.createServer();
  other.on('error', (e) => console.log('127.0.0.2 error', e.code));
  other.listen(port, '127.0.0.2', () => {
    console.log('same port on 127.0.0.2 listens', other.address().port === port, other.address().address);
    other.close();
    a.close(() => console.log('done'));
  });
}

// A TLS server's events: 'connection' with the raw TCP socket first, then
// 'secureConnection' with the TLSSocket (server and remote address set),
// getConnections counting raw connections, and 'close' after the last.
'use strict';
const net = require('net');
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));
const log = [];
const server = tls.createServer({ key: pem('server-key'), cert: pem('server') });
server.on('connection', (raw) => log.push('connection: TLSSocket? ' + (raw instanceof tls.TLSSocket) + ', net.Socket? ' + (raw instanceof net.Socket)));
server.on('secureConnection', (s) => {
  log.push('secureConnection: TLSSocket ' + (s instanceof tls.TLSSocket) + ', server ' + (s.server === server) +
    ', remote ' + s.remoteAddress + ', encrypted ' + s.encrypted);
  server.getConnections((err, n) => {
    log.push('connections ' + n);
    s.end();
  });
});
server.on('close', () => {
  log.push('close');
  console.log(log.join('\n'));
});
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: pem('ca') });
  c.resume();
  c.on('close', () => server.close());
});

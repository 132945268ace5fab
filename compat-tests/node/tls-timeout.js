// Timeouts on TLS sockets: setTimeout on an established TLSSocket emits
// 'timeout' after idleness (and the socket stays usable), the timeout
// option of tls.connect, and a server's handshakeTimeout against a client
// that never starts the handshake (tlsClientError ERR_TLS_HANDSHAKE_TIMEOUT).
'use strict';
const tls = require('tls');
const net = require('net');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));
const server = tls.createServer({ key: pem('server-key'), cert: pem('server') }, (s) => {
  s.setEncoding('utf8');
  s.on('data', (d) => s.write('echo ' + d));
  s.on('error', () => {});
});
// The handshake timeout has a server of its own, so that a slow machine's
// handshakes with the first server never meet it.
const slowClients = tls.createServer({ key: pem('server-key'), cert: pem('server'), handshakeTimeout: 150 });
let raw;
slowClients.on('tlsClientError', (e) => {
  console.log('tlsClientError', e.code, e.message);
  raw.destroy();
  slowClients.close();
});

server.listen(0, () => {
  const c = tls.connect({ port: server.address().port, host: 'localhost', ca: pem('ca'), timeout: 400 }, () => {
    console.log('secure, timeout property', c.timeout);
  });
  c.setEncoding('utf8');
  // 400 ms of idleness: long enough for the echo below to come back first
  // on a loaded machine.
  let timeouts = 0;
  c.on('timeout', () => {
    timeouts++;
    console.log('timeout', timeouts, 'destroyed', c.destroyed);
    if (timeouts === 1) c.write('still here');
    else c.end();
  });
  c.on('data', (d) => console.log('data', d));
  c.on('close', () => {
    console.log('client closed');
    server.close();
    slowClients.listen(0, () => {
      raw = net.connect(slowClients.address().port);
      raw.on('error', () => {});
    });
  });
});

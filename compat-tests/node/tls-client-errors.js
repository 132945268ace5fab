// Handshakes that cannot happen: a plain TCP server that hangs up, one
// that answers in clear text, a server that never answers (timeout
// option), and on the server side a client that hangs up, one that
// speaks clear text, and one too slow (handshakeTimeout).
'use strict';
const net = require('net');
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));

function clientAgainst(label, onConnection, options) {
  return new Promise((resolve) => {
    const server = net.createServer(onConnection);
    server.listen(0, () => {
      const c = tls.connect(Object.assign({ port: server.address().port, ca: pem('ca') }, options));
      c.on('error', (e) => console.log(label, 'client error', e.code,
        e.code === 'ECONNRESET' ? '| ' + e.message + ' | port ' + (e.port === server.address().port) : ''));
      c.on('timeout', () => {
        console.log(label, 'client timeout');
        c.destroy();
      });
      c.on('close', (hadError) => {
        console.log(label, 'client close', hadError);
        server.close();
        resolve();
      });
    });
  });
}

function serverAgainst(label, onClient, serverOptions) {
  return new Promise((resolve) => {
    const server = tls.createServer(Object.assign({ key: pem('server-key'), cert: pem('server') }, serverOptions));
    server.on('tlsClientError', (e, socket) => {
      console.log(label, 'tlsClientError', e.code, e.code.startsWith('ERR_SSL') ? '' : '| ' + e.message,
        '| socket is a TLSSocket', socket instanceof tls.TLSSocket);
      // A handshake timeout leaves the socket to the handler.
      socket.destroy();
    });
    server.on('secureConnection', () => console.log(label, 'unexpected secureConnection'));
    server.listen(0, () => {
      const c = net.connect(server.address().port, () => onClient(c));
      c.on('error', () => {});
      c.on('close', () => setTimeout(() => server.close(resolve), 20));
    });
  });
}

(async () => {
  await clientAgainst('hang-up', (s) => s.destroy());
  await clientAgainst('clear text', (s) => s.end('HTTP/1.1 400 Bad Request\r\n\r\n'));
  await clientAgainst('silent', (s) => s.on('data', () => {}), { timeout: 100 });
  await serverAgainst('hang-up', (c) => c.end());
  await serverAgainst('clear text', (c) => c.write('hello there\r\n\r\n'));
  await serverAgainst('slow', () => {}, { handshakeTimeout: 100 });
})();

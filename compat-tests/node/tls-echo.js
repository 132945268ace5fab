// A TLS echo server and a client verifying it with the test CA: the events
// on both sides, what each side reports about the connection, and the
// bytes both ways.
'use strict';
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));
const serverLog = [];
const clientLog = [];

const server = tls.createServer({ key: pem('server-key'), cert: pem('server') }, (s) => {
  serverLog.push('secureConnection encrypted=' + s.encrypted + ' authorized=' + s.authorized +
    ' protocol=' + s.getProtocol() + ' alpn=' + s.alpnProtocol + ' reused=' + s.isSessionReused());
  serverLog.push('server peer certificate ' + JSON.stringify(s.getPeerCertificate()));
  s.on('data', (d) => s.write(d));
  s.on('end', () => { serverLog.push('server end'); s.end(); });
  s.on('close', () => serverLog.push('server close'));
});

server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: 'localhost', ca: pem('ca') }, () => {
    clientLog.push('secureConnect callback');
  });
  for (const e of ['lookup', 'connect', 'ready', 'secureConnect', 'end', 'finish']) {
    c.on(e, () => clientLog.push(e));
  }
  c.on('secureConnect', () => {
    const cipher = c.getCipher();
    clientLog.push('authorized=' + c.authorized + ' error=' + c.authorizationError + ' encrypted=' + c.encrypted +
      ' protocol=' + c.getProtocol() + ' cipher version=' + cipher.version +
      ' cipher keys=' + Object.keys(cipher).join(',') + ' alpn=' + c.alpnProtocol);
    clientLog.push('ephemeral ' + JSON.stringify(c.getEphemeralKeyInfo()));
    c.write('hello over tls');
  });
  c.setEncoding('utf8');
  c.on('data', (d) => {
    clientLog.push('data ' + d);
    c.end();
  });
  c.on('close', (hadError) => {
    clientLog.push('close ' + hadError);
    server.close(() => {
      console.log(clientLog.join('\n'));
      console.log(serverLog.join('\n'));
    });
  });
});

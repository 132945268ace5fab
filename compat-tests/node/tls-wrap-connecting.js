// tls.connect({ socket }) with a socket still connecting: the handshake
// waits for the connection, data written meanwhile is sent encrypted once
// secure, and closing the TLS socket closes the one it wraps first.
'use strict';
const net = require('net');
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));
const serverLog = [];
const server = tls.createServer({ key: pem('server-key'), cert: pem('server') }, (s) => {
  s.setEncoding('utf8');
  s.on('data', (d) => {
    serverLog.push('server got ' + d);
    s.end('bye');
  });
});

server.listen(0, () => {
  const log = [];
  const raw = net.connect(server.address().port);
  log.push('raw connecting ' + raw.connecting);
  const secure = tls.connect({ socket: raw, ca: pem('ca'), servername: 'localhost' }, () => {
    log.push('secureConnect authorized ' + secure.authorized + ', raw connecting ' + raw.connecting);
  });
  log.push('tls connecting ' + secure.connecting + ', parent is raw ' + (secure._parent === raw));
  secure.write('early');
  secure.setEncoding('utf8');
  secure.on('data', (d) => log.push('data ' + d));
  raw.on('close', () => log.push('raw close'));
  secure.on('close', () => {
    log.push('tls close');
    server.close(() => console.log(log.concat(serverLog).join('\n')));
  });
});

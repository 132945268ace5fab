// SNI and ALPN in one handshake: the server picks the certificate by the
// name the client sends and the protocol from the client's list; each
// client sees the certificate's subject for its servername, the agreed
// protocol, and the server socket reports both.
'use strict';
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));
const server = tls.createServer({
  key: pem('server-key'),
  cert: pem('server'),
  ALPNProtocols: ['h2', 'imap', 'smtp'],
}, (s) => {
  s.end(JSON.stringify({ servername: s.servername, alpn: s.alpnProtocol }));
});
server.addContext('second.test', { key: pem('server2-key'), cert: pem('server2') });
server.addContext('*.wild.test', { key: pem('server2-key'), cert: pem('server2') });

const cases = [
  { servername: 'localhost', ALPNProtocols: ['smtp', 'imap'] },
  { servername: 'second.test', ALPNProtocols: ['imap'] },
  { servername: 'x.wild.test', ALPNProtocols: ['h2', 'smtp'] },
  { servername: 'second.test', ALPNProtocols: undefined },
];

function next() {
  const opts = cases.shift();
  if (!opts) {
    server.close();
    return;
  }
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: pem('ca'), ...opts }, () => {
    console.log(opts.servername, JSON.stringify(opts.ALPNProtocols), '-> subject', c.getPeerCertificate().subject.CN,
      'alpn', c.alpnProtocol, 'authorized', c.authorized);
  });
  let body = '';
  c.setEncoding('utf8');
  c.on('data', (d) => { body += d; });
  c.on('end', () => console.log('  server saw', body));
  c.on('close', next);
}
server.listen(0, next);

// TLS end to end through a plain TCP forwarder: the forwarder pipes
// ciphertext it cannot read, the client verifies the real server, and
// the forwarder sees only encrypted bytes.
'use strict';
const net = require('net');
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));
const secret = 'a secret the proxy must not see';

const server = tls.createServer({ key: pem('server-key'), cert: pem('server') }, (s) => {
  s.setEncoding('utf8');
  s.on('data', (d) => s.end('server read: ' + d));
});

let sawPlaintext = false;
const proxy = net.createServer((inbound) => {
  const outbound = net.connect(server.address().port);
  inbound.on('data', (d) => { if (d.toString('latin1').includes(secret)) sawPlaintext = true; });
  inbound.pipe(outbound).pipe(inbound);
  outbound.on('error', () => inbound.destroy());
  inbound.on('error', () => outbound.destroy());
});

server.listen(0, () => proxy.listen(0, () => {
  const c = tls.connect({ port: proxy.address().port, servername: 'localhost', ca: pem('ca') }, () => {
    console.log('through the proxy: authorized', c.authorized, 'peer', c.getPeerCertificate().subject.CN);
    c.write(secret);
  });
  c.setEncoding('utf8');
  c.on('data', (d) => console.log(d));
  c.on('close', () => {
    console.log('proxy saw plaintext', sawPlaintext);
    proxy.close();
    server.close();
  });
}));

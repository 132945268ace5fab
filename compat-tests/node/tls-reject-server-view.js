// What a server sees when the client rejects its certificate: Node's
// client checks the certificate once OpenSSL's handshake is over and
// closes without an alert, so under TLS 1.3 the server gets a
// 'tlsClientError' ECONNRESET "socket hang up" (the client's Finished
// never arrives), and under TLS 1.2 a completed connection that closes.
'use strict';
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));

const variants = [
  ['self-signed', 'self-signed', {}],
  ['wrong host', 'wrong-host', { ca: pem('ca') }],
  ['expired', 'expired', { ca: pem('ca') }],
  ['self-signed, TLS 1.2', 'self-signed', { maxVersion: 'TLSv1.2' }],
  ['wrong host, TLS 1.2', 'wrong-host', { ca: pem('ca'), maxVersion: 'TLSv1.2' }],
];

function trial([label, cert, clientOptions]) {
  return new Promise((resolve) => {
    const client = [];
    const server = [];
    let pending = 2;
    const srv = tls.createServer({ key: pem(cert + '-key'), cert: pem(cert) });
    const oneDone = () => {
      if (--pending > 0) return;
      srv.close(() => {
        console.log(label + '\n  client: ' + client.join(', ') + '\n  server: ' + server.join(', '));
        resolve();
      });
    };
    srv.on('tlsClientError', (e) => {
      server.push('tlsClientError ' + e.code + ' "' + e.message + '"');
      oneDone();
    });
    srv.on('secureConnection', (s) => {
      server.push('secureConnection');
      s.on('error', (e) => server.push('error ' + e.code));
      s.on('end', () => server.push('end'));
      s.on('close', (hadError) => {
        server.push('close ' + hadError);
        oneDone();
      });
      s.resume();
    });
    srv.listen(0, () => {
      const c = tls.connect(Object.assign({ port: srv.address().port, host: 'localhost' }, clientOptions));
      c.on('secureConnect', () => client.push('secureConnect'));
      c.on('error', (e) => client.push('error ' + e.code));
      c.on('close', (hadError) => {
        client.push('close ' + hadError + ', authorized ' + c.authorized);
        oneDone();
      });
    });
  });
}

(async () => {
  for (const v of variants) await trial(v);
})();

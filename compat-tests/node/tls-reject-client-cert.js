// What a client sees when a server that requests certificates rejects its
// one: Node's server checks the certificate once OpenSSL's handshake is
// over and closes without an alert. Under TLS 1.3 the client has finished
// its handshake by then ('secureConnect', then the connection closes);
// under TLS 1.2 it has not (ECONNRESET). The server reports a hang-up.
'use strict';
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));

const variants = [
  ['untrusted client certificate, TLS 1.3', {}],
  ['untrusted client certificate, TLS 1.2', { maxVersion: 'TLSv1.2' }],
];

function trial([label, clientOptions]) {
  return new Promise((resolve) => {
    const client = [];
    const server = [];
    let pending = 2;
    const srv = tls.createServer({ key: pem('server-key'), cert: pem('server'), ca: pem('ca'), requestCert: true });
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
    srv.on('secureConnection', () => server.push('secureConnection'));
    srv.listen(0, () => {
      const c = tls.connect(Object.assign({
        port: srv.address().port, host: 'localhost', ca: pem('ca'),
        key: pem('other-client-key'), cert: pem('other-client'),
      }, clientOptions));
      c.on('secureConnect', () => client.push('secureConnect, authorized ' + c.authorized));
      c.on('end', () => client.push('end'));
      c.on('error', (e) => client.push('error ' + e.code + ' "' + e.message + '"'));
      c.on('close', (hadError) => {
        client.push('close ' + hadError);
        oneDone();
      });
      c.resume();
    });
  });
}

(async () => {
  for (const v of variants) await trial(v);
})();

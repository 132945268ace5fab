// Mutual TLS: a server that requests client certificates and trusts the
// test CA accepts a client with one, refuses one without (the client sees
// the server's alert) and, when not rejecting, reports why a client from
// another CA is not authorized.
'use strict';
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));

function trial(name, serverOptions, clientOptions) {
  return new Promise((resolve) => {
    const server = tls.createServer(Object.assign({
      key: pem('server-key'), cert: pem('server'), ca: pem('ca'), requestCert: true,
    }, serverOptions), (s) => {
      const peer = s.getPeerCertificate();
      console.log(name, 'server: authorized', s.authorized, 'error', s.authorizationError, 'peer', peer.subject && peer.subject.CN);
      s.end('welcome ' + (peer.subject ? peer.subject.CN : 'anonymous'));
    });
    let clientError = null;
    server.on('tlsClientError', () => {});
    server.listen(0, () => {
      const c = tls.connect(Object.assign({ port: server.address().port, ca: pem('ca') }, clientOptions));
      let got = '';
      c.on('data', (d) => { got += d; });
      c.on('error', (e) => { clientError = e.code; });
      c.on('close', () => {
        console.log(name, 'client: got', JSON.stringify(got), 'error', clientError);
        server.close(resolve);
      });
    });
  });
}

(async () => {
  await trial('with a certificate', {}, { key: pem('client-key'), cert: pem('client') });
  await trial('without one', {}, {});
  await trial('from another CA, not rejected', { rejectUnauthorized: false },
    { key: pem('other-client-key'), cert: pem('other-client') });
  await trial('without one, not rejected', { rejectUnauthorized: false }, {});
})();

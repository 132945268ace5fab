// Certificates a client must refuse: self-signed, from an unknown CA,
// expired, for another host, and a servername the certificate does not
// name. Refused: 'error' with Node's code and message, then 'close'. With
// rejectUnauthorized false the connection goes ahead, unauthorized, with
// the reason.
'use strict';
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));

function trial(name, serverCert, clientOptions) {
  return new Promise((resolve) => {
    const server = tls.createServer({ key: pem(serverCert + '-key'), cert: pem(serverCert) }, (s) => s.end('hi'));
    server.on('tlsClientError', () => {});
    server.listen(0, () => {
      const events = [];
      const c = tls.connect(Object.assign({ port: server.address().port }, clientOptions), () => {
        events.push('secureConnect authorized=' + c.authorized + ' error=' + c.authorizationError);
      });
      c.on('data', (d) => events.push('data ' + d));
      c.on('error', (e) => {
        events.push('error ' + e.code + ': ' + e.message);
        if (e.code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
          events.push('  reason=' + e.reason + ' host=' + e.host + ' cert CN=' + e.cert.subject.CN);
        }
      });
      c.on('close', (hadError) => {
        events.push('close ' + hadError);
        console.log(name + ':\n  ' + events.join('\n  '));
        server.close(resolve);
      });
    });
  });
}

(async () => {
  await trial('self-signed', 'self-signed', {});
  await trial('self-signed, not rejected', 'self-signed', { rejectUnauthorized: false });
  await trial('unknown CA', 'server', {});
  await trial('expired', 'expired', { ca: pem('ca') });
  await trial('expired, not rejected', 'expired', { ca: pem('ca'), rejectUnauthorized: false });
  await trial('wrong host', 'wrong-host', { ca: pem('ca'), host: 'localhost' });
  await trial('wrong servername', 'server', { ca: pem('ca'), servername: 'nothere.test' });
  await trial('wrong host, not rejected', 'wrong-host', { ca: pem('ca'), rejectUnauthorized: false });
  await trial('IP checked against IP SANs', 'server', { ca: pem('ca'), host: '127.0.0.1' });
  await trial('good', 'server', { ca: pem('ca') });
})();

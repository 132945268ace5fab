// Protocol versions: the defaults, a server limited to TLS 1.2 and a
// client limited to it, and a client that insists on TLS 1.3 against a
// TLS 1.2 server (both sides fail with OpenSSL's codes).
'use strict';
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));
console.log('defaults', tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION);

function trial(label, serverOptions, clientOptions) {
  return new Promise((resolve) => {
    const lines = [];
    const server = tls.createServer(Object.assign({ key: pem('server-key'), cert: pem('server') }, serverOptions), (s) => {
      lines.push('  server protocol ' + s.getProtocol());
      s.end();
    });
    server.on('tlsClientError', (e) => lines.push('  server tlsClientError ' + e.code));
    server.listen(0, () => {
      const c = tls.connect(Object.assign({ port: server.address().port, ca: pem('ca') }, clientOptions), () => {
        lines.unshift('  client protocol ' + c.getProtocol() + ', cipher version ' + c.getCipher().version);
      });
      c.on('error', (e) => lines.unshift('  client error ' + e.code));
      c.resume();
      c.on('close', () => server.close(() => {
        console.log(label + '\n' + lines.join('\n'));
        resolve();
      }));
    });
  });
}

(async () => {
  await trial('default', {}, {});
  await trial('server max 1.2', { maxVersion: 'TLSv1.2' }, {});
  await trial('client max 1.2', {}, { maxVersion: 'TLSv1.2' });
  await trial('client min 1.3 vs server max 1.2', { maxVersion: 'TLSv1.2' }, { minVersion: 'TLSv1.3' });
})();

// SNI: a server picks the certificate for the name a client asks for,
// through an SNICallback or contexts added with addContext (wildcards
// included); the server socket reports the servername it got.
'use strict';
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));
const second = tls.createSecureContext({ key: pem('server2-key'), cert: pem('server2') });

function ask(server, servername) {
  return new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', servername, ca: pem('ca') }, () => {
      const cert = c.getPeerCertificate();
      resolve('asked ' + servername + ': got ' + cert.subject.CN + ', authorized ' + c.authorized);
      c.end();
    });
    c.on('error', (e) => resolve('asked ' + servername + ': error ' + e.code));
  });
}

async function trial(label, server) {
  const seen = [];
  server.on('secureConnection', (s) => {
    seen.push(s.servername);
    s.resume();
  });
  await new Promise((r) => server.listen(0, r));
  const results = [];
  for (const name of ['localhost', 'second.test', 'a.wild.test', 'other.test']) results.push(await ask(server, name));
  await new Promise((r) => server.close(r));
  console.log(label + ':\n  ' + results.join('\n  ') + '\n  server saw ' + seen.sort().join(', '));
}

(async () => {
  const calls = [];
  await trial('SNICallback', tls.createServer({
    key: pem('server-key'),
    cert: pem('server'),
    SNICallback(name, cb) {
      calls.push(name);
      cb(null, name.endsWith('.test') && name !== 'other.test' ? second : undefined);
    },
  }));
  console.log('  callback called for', calls.join(', '));
  const server = tls.createServer({ key: pem('server-key'), cert: pem('server') });
  server.addContext('second.test', { key: pem('server2-key'), cert: pem('server2') });
  server.addContext('*.wild.test', second);
  await trial('addContext', server);
})();

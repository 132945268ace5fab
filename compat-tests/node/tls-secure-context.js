// createSecureContext: argument checks, Node's errors for bad PEM and
// versions, keys encrypted with a passphrase (a server uses one), and a
// context that several clients share.
'use strict';
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));

function attempt(label, options) {
  try {
    const ctx = tls.createSecureContext(options);
    console.log(label, '-> ok', ctx instanceof tls.SecureContext, Object.keys(ctx).join(','), typeof ctx.context);
  } catch (e) {
    console.log(label, '->', e.name, e.code, e.message, JSON.stringify(Object.keys(e).filter((k) => k !== 'opensslErrorStack')));
  }
}

attempt('nothing', undefined);
attempt('empty', {});
attempt('cert number', { cert: 1 });
attempt('key object', { key: {} });
attempt('ca array with a number', { ca: [pem('ca'), 2] });
attempt('bad PEM', { cert: 'not pem', key: 'not pem' });
attempt('minVersion bad', { minVersion: 'TLSv9' });
attempt('maxVersion bad', { maxVersion: 'SSLv3' });
attempt('key mismatch', { cert: pem('client'), key: pem('server2-key') });
attempt('encrypted without passphrase', { cert: pem('encrypted'), key: pem('encrypted-key') });
attempt('encrypted with passphrase', { cert: pem('encrypted'), key: pem('encrypted-key'), passphrase: 'open sesame' });
attempt('key as objects', { cert: pem('server'), key: [{ pem: pem('server-key') }] });
attempt('strings', { cert: pem('server').toString(), key: pem('server-key').toString(), ca: pem('ca').toString() });

const clientContext = tls.createSecureContext({ ca: pem('ca') });
const server = tls.createServer({ cert: pem('encrypted'), key: pem('encrypted-key'), passphrase: 'open sesame' },
  (s) => s.end('from a server with an encrypted key'));
server.listen(0, async () => {
  for (let i = 0; i < 2; i++) {
    await new Promise((resolve) => {
      const c = tls.connect({ port: server.address().port, secureContext: clientContext }, () => {
        console.log('client', i, 'authorized', c.authorized);
      });
      c.setEncoding('utf8');
      c.on('data', (d) => console.log('client', i, 'got', d));
      c.on('close', resolve);
    });
  }
  server.close();
});

// A script's own checkServerIdentity runs when Node's would: during the
// handshake, once per connection, with the options as `this`, and not
// for a resumed session. When it refuses the server, the server sees
// what it sees for any client-side rejection (a hang-up under TLS 1.3, a
// completed connection under TLS 1.2); with rejectUnauthorized: false
// the client connects unauthorized with the refusal's code or message.
'use strict';
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));
const srv = tls.createServer({ key: pem('server-key'), cert: pem('server') });
let lastSession;

function trial(label, clientOptions) {
  return new Promise((resolve) => {
    const client = [];
    const server = [];
    let pending = 2;
    const oneDone = () => {
      if (--pending > 0) return;
      srv.removeAllListeners('tlsClientError');
      srv.removeAllListeners('secureConnection');
      console.log(label + '\n  client: ' + client.join(', ') + '\n  server: ' + server.join(', '));
      resolve();
    };
    srv.on('tlsClientError', (e) => {
      server.push('tlsClientError ' + e.code);
      oneDone();
    });
    srv.on('secureConnection', (s) => {
      server.push('secureConnection');
      s.on('close', () => {
        server.push('close');
        oneDone();
      });
      // The client may already be gone (it refused the server): the
      // write then fails with EPIPE or ECONNRESET on either engine.
      s.on('error', () => {});
      s.end('bye');
    });
    const options = Object.assign({ port: srv.address().port, host: 'localhost', ca: pem('ca') }, clientOptions);
    const c = tls.connect(options);
    c.on('secureConnect', () => client.push('secureConnect, authorized ' + c.authorized + ' ' + c.authorizationError +
      (c.isSessionReused() ? ', resumed' : '')));
    c.on('session', (session) => { lastSession = session; });
    c.on('error', (e) => client.push('error ' + (e.code || e.message)));
    c.on('close', () => {
      client.push('close');
      oneDone();
    });
    c.resume();
  });
}

function check(verdict) {
  return function (host, cert) {
    console.log('  check called: host ' + host + ', CN ' + cert.subject.CN + ', this is the options ' +
      (this.port !== undefined) + ', issuer ' + cert.issuerCertificate.subject.CN);
    return verdict;
  };
}

srv.listen(0, async () => {
  await trial('accepts', { checkServerIdentity: check(undefined) });
  await trial('refuses with an Error, TLS 1.3', { checkServerIdentity: check(new Error('pinned key differs')) });
  await trial('refuses with an Error, TLS 1.2', { checkServerIdentity: check(new Error('pinned key differs')), maxVersion: 'TLSv1.2' });
  const coded = Object.assign(new Error('coded'), { code: 'ERR_MY_PIN' });
  await trial('refuses, rejectUnauthorized false', { checkServerIdentity: check(coded), rejectUnauthorized: false });
  await trial('untrusted chain: never called', { checkServerIdentity: check(undefined), ca: pem('other-ca') });
  await trial('a session to resume', { checkServerIdentity: check(undefined) });
  await trial('resumed: not called', { checkServerIdentity: check(new Error('not asked')), session: lastSession });
  srv.close();
});

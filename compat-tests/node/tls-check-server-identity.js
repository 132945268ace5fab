// tls.checkServerIdentity on certificate objects: DNS and IP SANs, the
// common name when there are no DNS SANs, the wildcard rules, and the
// error it returns; and a client's custom checkServerIdentity.
'use strict';
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const cases = [
  ['localhost', { subjectaltname: 'DNS:localhost', subject: { CN: 'x' } }],
  ['LocalHost.', { subjectaltname: 'DNS:localhost' }],
  ['a.example.com', { subjectaltname: 'DNS:*.example.com' }],
  ['a.b.example.com', { subjectaltname: 'DNS:*.example.com' }],
  ['example.com', { subjectaltname: 'DNS:*.example.com' }],
  ['foo.com', { subjectaltname: 'DNS:*.com' }],
  ['abc.example.com', { subjectaltname: 'DNS:a*c.example.com' }],
  ['xn--abc.example.com', { subjectaltname: 'DNS:xn--*.example.com' }],
  ['b.example.com', { subjectaltname: 'DNS:a.example.com, DNS:b.example.com' }],
  ['127.0.0.1', { subjectaltname: 'IP Address:127.0.0.1' }],
  ['::1', { subjectaltname: 'IP Address:0:0:0:0:0:0:0:1' }],
  ['10.0.0.1', { subjectaltname: 'DNS:localhost, IP Address:127.0.0.1, IP Address:10.0.0.2' }],
  ['127.0.0.1', { subjectaltname: 'DNS:127.0.0.1' }],
  ['cn.example', { subject: { CN: 'cn.example' } }],
  ['cn.example', { subjectaltname: 'DNS:other.example', subject: { CN: 'cn.example' } }],
  ['two.example', { subject: { CN: ['one.example', 'two.example'] } }],
  ['nothing.example', { subject: {} }],
  ['quoted.example', { subjectaltname: 'DNS:"quoted.example", DNS:x' }],
];
for (const [host, cert] of cases) {
  const err = tls.checkServerIdentity(host, cert);
  console.log(JSON.stringify(host), JSON.stringify(cert), '->',
    err === undefined ? 'ok' : [err.name, err.code, err.message, err.reason, err.host, err.cert === cert].join(' | '));
}

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));
const server = tls.createServer({ key: pem('wrong-host-key'), cert: pem('wrong-host') }, (s) => {
  s.on('error', () => {}); // the refused client may be gone already
  s.end('hi');
});
server.on('tlsClientError', () => {});
server.listen(0, async () => {
  for (const verdict of ['accept', 'reject']) {
    await new Promise((resolve) => {
      const c = tls.connect({
        port: server.address().port,
        ca: pem('ca'),
        checkServerIdentity(host, cert) {
          console.log('custom check called for', host, 'cert CN', cert.subject.CN, 'has issuer', Boolean(cert.issuerCertificate));
          return verdict === 'accept' ? undefined : new Error('refused by the script');
        },
      }, () => console.log(verdict, 'secureConnect authorized', c.authorized));
      c.on('error', (e) => console.log(verdict, 'error', e.message));
      c.resume();
      c.on('close', resolve);
    });
  }
  server.close();
});

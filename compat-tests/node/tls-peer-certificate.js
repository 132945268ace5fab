// getPeerCertificate: the server's certificate as the client sees it, its
// issuer chain with detailed, and the client's as a server requesting
// one sees it.
'use strict';
const tls = require('tls');
const fs = require('fs');
const path = require('path');

const pem = (name) => fs.readFileSync(path.join(__dirname, 'fixtures', 'certs', name + '.pem'));

const lines = { server: [], client: [] };
const util = require('util');

function show(label, cert) {
  const out = {};
  for (const [k, v] of Object.entries(cert)) {
    if (k === 'issuerCertificate') out[k] = v === cert ? '[self]' : (v.subject && v.subject.CN);
    else if (Buffer.isBuffer(v)) out[k] = 'Buffer(' + v.length + ')';
    else if (k === 'subject' || k === 'issuer') out[k] = [Object.getPrototypeOf(v), JSON.stringify(v)];
    else out[k] = v;
  }
  lines[label.startsWith('server') || label.startsWith('client issuer') ? 'server' : 'client'].push(label + ' ' + util.inspect(out));
}

const server = tls.createServer({
  key: pem('server-key'), cert: pem('server'), ca: pem('ca'), requestCert: true,
}, (s) => {
  show('server sees', s.getPeerCertificate());
  const chain = s.getPeerCertificate(true);
  show('client issuer', chain.issuerCertificate);
  lines.server.push('root is its own issuer ' + (chain.issuerCertificate.issuerCertificate === chain.issuerCertificate));
  s.end();
});

server.listen(0, () => {
  const c = tls.connect({
    port: server.address().port, ca: pem('ca'), key: pem('client-key'), cert: pem('client'),
  }, () => {
    const plain = c.getPeerCertificate();
    show('client sees', plain);
    lines.client.push('plain has no issuerCertificate ' + !('issuerCertificate' in plain));
    const detailed = c.getPeerCertificate(true);
    show('detailed', detailed);
    show('issuer', detailed.issuerCertificate);
    lines.client.push('raw matches file ' + (detailed.raw.toString('base64') ===
      pem('server').toString().replace(/-----[A-Z ]+-----|\n/g, '')));
  });
  c.on('data', () => {});
  c.on('close', () => server.close(() => console.log(lines.client.concat(lines.server).join('\n'))));
});

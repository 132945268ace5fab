// peerCertificate describes the server's certificate as Node prints one;
// tlsVersion and alpnProtocol tell what was negotiated.
const { port, pem } = require('./lib/harness.js');
const crypto = require('crypto');
const s = new TCPSocket('localhost', port('TLS'), { useSecureTransport: true, ca: [pem('ca')] });
console.log('before', s.peerCertificate, s.tlsVersion, s.alpnProtocol);
s.onsecure = () => {
  const c = s.peerCertificate;
  console.log('subject', JSON.stringify(c.subject));
  console.log('issuer', JSON.stringify(c.issuer));
  console.log('dates', /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/.test(c.validFrom), /GMT$/.test(c.validTo));
  const fp = crypto.createHash('sha256').update(new Uint8Array(c.raw)).digest('hex').toUpperCase().match(/../g).join(':');
  console.log('fingerprint256 of raw', c.fingerprint256 === fp, c.raw instanceof ArrayBuffer);
  console.log('subjectaltname', c.subjectaltname);
  console.log('same object', s.peerCertificate === c, 'tlsVersion', s.tlsVersion, 'alpn', s.alpnProtocol);
  s.close();
};

// rejectUnauthorized: false accepts an expired certificate (and a wrong
// name); the certificate is still readable.
const { port } = require('./lib/harness.js');
const s = new TCPSocket('127.0.0.1', port('TLS_EXPIRED'), { useSecureTransport: true, rejectUnauthorized: false, servername: 'elsewhere.test' });
s.onsecure = () => {
  const c = s.peerCertificate;
  console.log('secure', s.ssl, c.subject.CN, new Date(c.validTo) < new Date());
  s.close();
};
s.onerror = e => console.log('error?', e.code);

// What require('tls') exports: the names in order, the constants, the
// root certificates (a frozen array of PEM texts) and the cipher list.
'use strict';
const tls = require('tls');
const net = require('net');
const stream = require('stream');

console.log(Object.keys(tls).join(','));
console.log(tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION, tls.DEFAULT_ECDH_CURVE, tls.CLIENT_RENEG_LIMIT, tls.CLIENT_RENEG_WINDOW);
console.log(tls.DEFAULT_CIPHERS.split(':').slice(0, 3).join(':'));
const roots = tls.rootCertificates;
console.log(Array.isArray(roots), Object.isFrozen(roots), roots === tls.rootCertificates,
  roots.every((r) => typeof r === 'string' && r.startsWith('-----BEGIN CERTIFICATE-----')));
const ciphers = tls.getCiphers();
console.log(ciphers.includes('tls_aes_128_gcm_sha256'), ciphers.includes('ecdhe-rsa-aes128-gcm-sha256'),
  ciphers.every((c) => c === c.toLowerCase()));
const s = new tls.TLSSocket();
console.log(s instanceof net.Socket, s instanceof stream.Duplex, s.encrypted, s.authorized, s.authorizationError,
  s.alpnProtocol, s.servername, s.isSessionReused());
const server = tls.createServer();
console.log(server instanceof net.Server, server instanceof tls.Server, typeof server.addContext, typeof server.setSecureContext);
try {
  s.setServername(1);
} catch (e) {
  console.log(e.code, e.message);
}
try {
  new tls.TLSSocket(null, { isServer: true }).setServername('x');
} catch (e) {
  console.log(e.code, e.message);
}
s.destroy();

// minVersion and maxVersion bound the protocol; tlsVersion is what was
// negotiated; a server that cannot meet the minimum fails the handshake.
const { port, pem } = require('./lib/harness.js');
const connect = (name, opts) => new Promise(resolve => {
  const s = new TCPSocket('localhost', port(name), Object.assign({ useSecureTransport: true, ca: pem('ca') }, opts));
  s.onsecure = () => { resolve(s.tlsVersion); s.close(); };
  s.onerror = e => resolve(e.name + ' ' + e.code);
});
(async () => {
  console.log('default', await connect('TLS', {}));
  console.log('maxVersion 1.2', await connect('TLS', { maxVersion: 'TLSv1.2' }));
  console.log('server capped at 1.2', await connect('TLS12', {}));
  console.log('minVersion 1.3 against it', await connect('TLS12', { minVersion: 'TLSv1.3' }));
})();

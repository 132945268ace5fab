// alpnProtocols offers protocols; alpnProtocol is the one the server chose,
// or false.
const { port, pem } = require('./lib/harness.js');
const connect = alpnProtocols => new Promise(resolve => {
  const opts = { useSecureTransport: true, ca: pem('ca') };
  if (alpnProtocols) opts.alpnProtocols = alpnProtocols;
  const s = new TCPSocket('localhost', port('TLS'), opts);
  s.onsecure = () => { resolve(s.alpnProtocol); s.close(); };
});
(async () => {
  console.log('none offered', await connect());
  console.log('http/1.1', await connect(['h2', 'http/1.1']));
  console.log('imap preferred by the server', await connect(['http/1.1', 'imap']));
})();

// cert and key give a client certificate to a server that requires one.
const { port, pem, lines } = require('./lib/harness.js');
const withCert = new TCPSocket('localhost', port('TLS_CLIENTAUTH'), {
  useSecureTransport: true, ca: pem('ca'), cert: pem('client'), key: pem('client-key'), binaryType: 'string',
});
lines(withCert, line => { console.log('with certificate:', line); withCert.close(); });
withCert.onclose = () => {
  const without = new TCPSocket('localhost', port('TLS_CLIENTAUTH'), { useSecureTransport: true, ca: pem('ca'), binaryType: 'string' });
  without.onmessage = e => console.log('without: message?', JSON.stringify(e.data));
  without.onerror = e => console.log('without certificate:', e.name, e.code);
  without.onclose = e => console.log('close', e.wasClean);
};

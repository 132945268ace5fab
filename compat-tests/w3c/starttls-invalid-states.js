// upgradeToSSL() throws InvalidStateError unless the socket is OPEN and
// not yet secure.
const { port, pem, thrown } = require('./lib/harness.js');
const s = new TCPSocket('localhost', port('TLS'), { useSecureTransport: true, ca: pem('ca') });
console.log('connecting:', thrown(() => s.upgradeToSSL()));
s.onopen = () => {
  console.log('already TLS:', thrown(() => s.upgradeToSSL()));
  console.log('bad options:', thrown(() => s.upgradeToSSL(5)));
  s.close();
  console.log('closing:', thrown(() => s.upgradeToSSL()));
};
s.onclose = () => console.log('closed:', thrown(() => s.upgradeToSSL()));

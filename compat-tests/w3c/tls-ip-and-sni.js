// A host name is sent as SNI and checked against the certificate's DNS
// names; an IP address is checked against its IP addresses and not sent as
// SNI; servername overrides both. The servername option shows the name in
// use: the peer's host name by default, nothing for an address.
const { port, pem, lines } = require('./lib/harness.js');
const sni = (host, opts) => new Promise(resolve => {
  const s = new TCPSocket(host, port('TLS_SNI'), Object.assign({ useSecureTransport: true, ca: pem('ca'), binaryType: 'string' }, opts));
  lines(s, line => { resolve(line + ' (servername option ' + JSON.stringify(s.options.servername) + ')'); s.close(); });
  s.onerror = e => resolve(e.code);
});
(async () => {
  console.log('localhost ->', await sni('localhost'));
  console.log('127.0.0.1 ->', await sni('127.0.0.1'));
  console.log('servername localhost on 127.0.0.1 ->', await sni('127.0.0.1', { servername: 'localhost' }));
})();

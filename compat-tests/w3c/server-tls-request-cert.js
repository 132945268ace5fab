// requestCert: the server asks for a client certificate and, with
// rejectUnauthorized (the default), refuses clients without a valid one.
const { pem, ctl } = require('./lib/harness.js');
const srv = new TCPServerSocket('127.0.0.1', 0, {
  useSecureTransport: true, cert: pem('leaf'), key: pem('leaf-key'), ca: pem('ca'), requestCert: true, binaryType: 'string',
});
srv.onconnect = ({ socket: s }) => {
  console.log('connect from', s.peerCertificate.subject.CN);
  s.onmessage = () => s.send('hello ' + s.peerCertificate.subject.CN + '\n');
};
srv.onopen = async () => {
  console.log('with certificate:', await ctl('tls-client ' + srv.localPort + ' - client'));
  const without = await ctl('tls-client ' + srv.localPort + ' - -');
  console.log('without certificate:', without.startsWith('fail'));
  srv.close();
};

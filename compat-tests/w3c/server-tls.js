// A TLS server: connect fires once the handshake has completed, with an
// accepted socket that is already secure; ALPN is negotiated.
const { pem, ctl } = require('./lib/harness.js');
const srv = new TCPServerSocket('127.0.0.1', 0, {
  useSecureTransport: true, cert: pem('leaf'), key: pem('leaf-key'), alpnProtocols: ['imap'], binaryType: 'string',
});
srv.onopen = async () => {
  console.log('open, ssl', srv.ssl);
  console.log('harness:', await ctl('tls-client ' + srv.localPort + ' imap,smtp -'));
  console.log('harness without ALPN:', await ctl('tls-client ' + srv.localPort + ' - -'));
  srv.close();
};
srv.onconnect = ({ socket: s }) => {
  console.log('connect', s.ssl, s.tlsVersion, s.alpnProtocol, s.peerCertificate);
  s.onmessage = e => s.send('welcome, ' + e.data);
};

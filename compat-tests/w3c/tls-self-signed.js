// A self-signed server certificate is DEPTH_ZERO_SELF_SIGNED_CERT unless
// rejectUnauthorized is false.
const { port } = require('./lib/harness.js');
const a = new TCPSocket('localhost', port('TLS_SELF'), { useSecureTransport: true });
a.onerror = e => console.log('rejected:', e.name, e.code, e.message);
a.onclose = e => {
  console.log('close', e.wasClean);
  const b = new TCPSocket('localhost', port('TLS_SELF'), { useSecureTransport: true, rejectUnauthorized: false, binaryType: 'string' });
  b.onopen = () => { console.log('accepted anyway', b.ssl, b.peerCertificate.subject.CN); b.send('hi'); };
  b.onmessage = e => { console.log('echo', e.data); b.close(); };
};

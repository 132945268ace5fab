// An upgrade that meets a certificate it cannot verify fails like a TLS
// connection does: SecurityCertificateError, then close. Nobody handles
// the Promise here: the error event is enough, and no unhandled rejection
// is reported.
const { port, lineQueue } = require('./lib/harness.js');
process.on('unhandledRejection', r => console.log('unhandled rejection?', r));
const s = new TCPSocket('localhost', port('SMTP'), { binaryType: 'string' });
const next = lineQueue(s);
s.onopen = async () => {
  await next();
  s.send('STARTTLS\r\n');
  await next();
  s.upgradeToSSL();
};
s.onerror = e => console.log('error', e.name, e.code);
s.onclose = e => console.log('close', e.wasClean, s.ssl);

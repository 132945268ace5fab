// Certificates that fail verification are an error event
// (SecurityCertificateError with Node's code) and an unclean close.
const { port, pem } = require('./lib/harness.js');
const attempt = (label, name, opts) => new Promise(resolve => {
  const s = new TCPSocket(opts.host || 'localhost', port(name), Object.assign({ useSecureTransport: true }, opts.tls));
  s.onopen = () => { console.log(label, 'opened'); s.close(); };
  s.onerror = e => console.log(label + ':', e.name, e.code, '-', e.message, '|', e.error.code);
  s.onclose = e => resolve(e.wasClean);
});
(async () => {
  await attempt('untrusted CA', 'TLS', { tls: {} });
  await attempt('expired', 'TLS_EXPIRED', { tls: { ca: pem('ca') } });
  await attempt('wrong name', 'TLS', { tls: { ca: pem('ca'), servername: 'mail.example.org' } });
  await attempt('wrong IP', 'TLS', { host: '127.0.0.1', tls: { ca: pem('ca'), servername: '127.0.0.2' } });
  console.log('done');
})();

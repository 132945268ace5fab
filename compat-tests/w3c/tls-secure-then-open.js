// useSecureTransport: secure fires just before open, ssl is true from then
// on, and the dialogue is encrypted end to end.
const { port, pem } = require('./lib/harness.js');
const s = new TCPSocket('localhost', port('TLS'), { useSecureTransport: true, ca: pem('ca'), binaryType: 'string' });
const log = [];
console.log('before', s.ssl, s.readyState);
s.onsecure = e => log.push('secure ' + s.ssl + ' ' + s.readyState + ' ' + e.constructor.name);
s.onopen = () => {
  log.push('open ' + s.ssl + ' ' + s.readyState);
  s.send('over TLS');
};
s.onmessage = e => { log.push('message ' + e.data); s.close(); };
s.onclose = e => { log.push('close ' + e.wasClean); console.log(log.join('\n')); };

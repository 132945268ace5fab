// A TLS peer that ends its side: end then close, the last data delivered
// first.
const { port, pem } = require('./lib/harness.js');
const s = new TCPSocket('localhost', port('TLS'), { useSecureTransport: true, ca: pem('ca'), binaryType: 'string' });
let text = '';
s.onopen = () => { s.send('last words'); s.halfClose(); };
s.onmessage = e => { text += e.data; };
s.onend = () => console.log('end after', JSON.stringify(text));
s.onclose = e => console.log('close', e.wasClean, s.ssl);

// binaryType 'string' decodes the stream as a whole: a character whose bytes
// arrive in separate packets is never broken, and an incomplete character
// left at the end becomes U+FFFD.
const { port } = require('./lib/harness.js');
const s = new TCPSocket('127.0.0.1', port('SPLIT'), { binaryType: 'string' });
const parts = [];
s.onmessage = e => parts.push(e.data);
s.onend = () => console.log(JSON.stringify(parts.join('')), parts.includes('\u20acb') || parts.includes('\u20ac'), parts.every(p => !p.includes('\ufffd\ufffd')));
s.onclose = () => console.log('close');

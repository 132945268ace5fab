// halfClose() sends FIN only after everything buffered: the sink counts
// every byte sent before the call and hashes them in order.
const { port } = require('./lib/harness.js');
const crypto = require('crypto');
const s = new TCPSocket('127.0.0.1', port('SINK'), { binaryType: 'string', allowHalfOpen: true });
const hash = crypto.createHash('sha256');
s.onopen = () => {
  for (let i = 0; i < 64; i++) {
    const chunk = new Uint8Array(64 * 1024).fill(i);
    hash.update(chunk);
    s.send(chunk);
  }
  s.halfClose();
};
s.onmessage = e => {
  const [count, digest] = e.data.trim().split(' ');
  console.log('sink counted', count, 'hash matches', digest === hash.digest('hex'));
};
s.onclose = e => console.log('close', e.wasClean);

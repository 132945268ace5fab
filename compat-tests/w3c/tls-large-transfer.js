// 8 MiB through a TLS echo arrive whole, with flow control on both sides.
const { port, pem } = require('./lib/harness.js');
const crypto = require('crypto');
const s = new TCPSocket('localhost', port('TLS'), { useSecureTransport: true, ca: pem('ca'), allowHalfOpen: true });
const sent = crypto.createHash('sha256');
const got = crypto.createHash('sha256');
const TOTAL = 8 * 1024 * 1024;
let queued = 0;
let received = 0;
const pump = () => {
  while (queued < TOTAL) {
    const chunk = new Uint8Array(crypto.randomBytes(32 * 1024));
    sent.update(chunk);
    queued += chunk.length;
    if (!s.send(chunk)) return;
  }
  s.halfClose();
};
s.onopen = pump;
s.ondrain = pump;
s.onmessage = e => { got.update(new Uint8Array(e.data)); received += e.data.byteLength; };
s.onend = () => { console.log('received', received === TOTAL, 'hash', got.digest('hex') === sent.digest('hex')); s.close(); };

// 32 MiB from a Go source arrive whole and in order.
const { port } = require('./lib/harness.js');
const crypto = require('crypto');
const N = 32 * 1024 * 1024;
const s = new TCPSocket('127.0.0.1', port('SOURCE'));
const got = crypto.createHash('sha256');
let n = 0;
s.onopen = () => s.send(N + '\n');
s.onmessage = e => { got.update(new Uint8Array(e.data)); n += e.data.byteLength; };
s.onend = () => {
  const want = crypto.createHash('sha256');
  const block = new Uint8Array(251 * 1024);
  for (let i = 0; i < block.length; i++) block[i] = i % 251;
  let left = N;
  while (left > 0) { const k = Math.min(left, block.length); want.update(block.subarray(0, k)); left -= k; }
  console.log('bytes', n === N, 'hash', got.digest('hex') === want.digest('hex'));
};
s.onclose = e => console.log('close', e.wasClean);

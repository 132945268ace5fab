// createHash over every supported algorithm, with chained updates, input
// encodings and every output encoding.
'use strict';
const crypto = require('crypto');

const algorithms = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-224', 'sha512-256',
  'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512', 'shake128', 'shake256'];
const outputs = ['hex', 'base64', 'base64url', 'latin1', 'binary'];

for (const alg of algorithms) {
  for (const enc of outputs) {
    const digest = crypto.createHash(alg).update('The quick brown fox ').update('jumps over the lazy dog').digest(enc);
    console.log(alg, enc, JSON.stringify(digest));
  }
  const buf = crypto.createHash(alg).update('').digest();
  console.log(alg, 'buffer', Buffer.isBuffer(buf), buf.length, buf.toString('hex'));
}

const inputs = [
  ['utf8 default', (h) => h.update('héllo ✓')],
  ['utf8', (h) => h.update('héllo ✓', 'utf8')],
  ['latin1', (h) => h.update('héllo', 'latin1')],
  ['binary', (h) => h.update('h\u00e9llo', 'binary')],
  ['ascii', (h) => h.update('hello', 'ascii')],
  ['hex', (h) => h.update('68656c6c6f', 'hex')],
  ['base64', (h) => h.update('aGVsbG8=', 'base64')],
  ['base64url', (h) => h.update('aGVsbG8', 'base64url')],
  ['utf16le', (h) => h.update('hi', 'utf16le')],
  ['unknown encoding is utf8', (h) => h.update('hello', 'nope')],
  ['Buffer', (h) => h.update(Buffer.from('hello'))],
  ['Uint8Array', (h) => h.update(new Uint8Array([104, 101, 108, 108, 111]))],
  ['Uint16Array', (h) => h.update(new Uint16Array([0x6568, 0x6c6c]))],
  ['DataView', (h) => h.update(new DataView(new Uint8Array([104, 105]).buffer))],
  ['subarray', (h) => h.update(Buffer.from('xxhelloxx').subarray(2, 7))],
  ['many updates', (h) => { for (const c of 'hello') h.update(c); return h; }],
  ['large', (h) => h.update('a'.repeat(1 << 20))],
];
for (const [label, feed] of inputs) {
  const h = crypto.createHash('sha256');
  feed(h);
  console.log('input', label, h.digest('hex'));
}

console.log('digest encodings', ['utf8', 'ucs2', 'utf16le', 'ascii'].map((e) => crypto.createHash('md5').update('x').digest(e).length).join());
console.log('digest buffer', Buffer.isBuffer(crypto.createHash('md5').digest('buffer')));
console.log('digest unknown', Buffer.isBuffer(crypto.createHash('md5').digest('nope')));
console.log('update chains', (() => { const h = crypto.createHash('md5'); return h.update('a') === h; })());
console.log('names', ['SHA256', 'sha-256', 'SHA2-256', 'RSA-SHA256', 'sha256WithRSAEncryption', 'Sha-1', 'RSA-SHA1-2', 'ssl3-md5', 'sha2-512/256', 'RSA-SHA512/224', 'SHAKE-256', 'RSA-SHA3-256']
  .map((n) => crypto.createHash(n).update('x').digest('hex').slice(0, 8)).join());
console.log('xof length', crypto.createHash('shake256', { outputLength: 10 }).update('x').digest('hex'));
console.log('xof zero', crypto.createHash('shake128', { outputLength: 0 }).update('x').digest('hex') === '');
console.log('fixed same length', crypto.createHash('sha1', { outputLength: 20 }).update('x').digest('hex'));

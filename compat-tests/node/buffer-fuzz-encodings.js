'use strict';
const { t } = require('./fixtures/show');

// Deterministic pseudo-random inputs (an LCG), so node and nodeshim see the
// same cases; every result is printed as hex or char codes.
let seed = 12345;
const rand = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
const interestingBytes = [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc2, 0xc3, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x2b, 0x2f, 0x3d, 0x2d, 0x5f, 0x0a, 0x20];
const interestingUnits = [0x41, 0x7a, 0x30, 0x3d, 0x2b, 0x2f, 0x2d, 0x5f, 0x20, 0x0a, 0xe9, 0xff, 0x100, 0x141, 0x20ac, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xd83d, 0xde00, 0xfffd, 0xfeff];
const codes = (s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i).toString(16)).join('.');
const randomBytes = () => Buffer.from(Array.from({ length: rand(12) }, () => (rand(3) ? interestingBytes[rand(interestingBytes.length)] : rand(256))));
const randomString = () => String.fromCharCode(...Array.from({ length: rand(10) }, () => (rand(3) ? interestingUnits[rand(interestingUnits.length)] : rand(0x3000))));
const encodings = ['utf8', 'ucs2', 'latin1', 'ascii', 'hex', 'base64', 'base64url'];
for (let i = 0; i < 150; i++) {
  const b = randomBytes();
  console.log('bytes', b.toString('hex'), encodings.map((e) => codes(b.toString(e))).join(' | '));
}
for (let i = 0; i < 150; i++) {
  const s = randomString();
  console.log('string', codes(s), encodings.map((e) => Buffer.from(s, e).toString('hex') + '/' + Buffer.byteLength(s, e)).join(' | '));
}
for (let i = 0; i < 150; i++) {
  const s = randomString();
  const enc = encodings[rand(encodings.length)];
  const b = Buffer.alloc(rand(8), 0x2e);
  const off = rand(b.length + 1);
  let r;
  try { r = b.write(s, off, enc); } catch (e) { r = e.code; }
  console.log('write', codes(s), enc, off, r, b.toString('hex'));
}
for (let i = 0; i < 150; i++) {
  const hay = randomBytes();
  const enc = encodings[rand(encodings.length)];
  const needle = rand(2) ? hay.subarray(rand(hay.length + 1), rand(hay.length + 1)).toString(enc) : randomString();
  const off = rand(3) ? undefined : rand(30) - 15;
  const f = hay.indexOf(needle, off, enc);
  const l = hay.lastIndexOf(needle, off, enc);
  console.log('search', hay.toString('hex'), codes(needle), enc, off, f, l);
}

'use strict';
// TextEncoder: encode to a Uint8Array, encodeInto with whole characters only.
const out = (...a) => console.log(a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' '));
const bytes = (u8) => Array.from(u8).map((b) => b.toString(16).padStart(2, '0')).join(' ');

const te = new TextEncoder();
out('encoding', te.encoding);
for (const s of ['', 'hello', 'h€llo', '😀', 'é', '\ud800', 'a\udc00b', '\ud83d\ude00\ud83d', '\u0000\u007f\u0080\u07ff\u0800\uffff']) {
  out('encode', JSON.stringify(s), '=>', bytes(te.encode(s)));
}
out('encode() and undefined', te.encode().length, te.encode(undefined).length);
out('encode non-strings', bytes(te.encode(null)), bytes(te.encode(5)), bytes(te.encode({ toString() { return 'o'; } })));
const r = te.encode('abc');
out('result', r instanceof Uint8Array, Object.getPrototypeOf(r) === Uint8Array.prototype, r.byteOffset, r.buffer.byteLength >= 3);

for (const [s, n] of [['a€bc', 5], ['a€bc', 3], ['a€bc', 1], ['😀x', 3], ['😀x', 4], ['😀\ud800a', 10], ['\ud800', 2], ['', 0]]) {
  const buf = new Uint8Array(n);
  const res = te.encodeInto(s, buf);
  out('encodeInto', JSON.stringify(s), n, res, bytes(buf));
}
{
  const big = new Uint8Array(8);
  const res = te.encodeInto('xy', big.subarray(3, 6));
  out('encodeInto a subarray', res, bytes(big));
}
{
  const res = te.encodeInto('abc', new Uint8Array(8));
  out('result keys', Object.keys(res), Object.getPrototypeOf(res) === Object.prototype);
}

function t(label, fn) {
  try { out(label, String(fn())); } catch (e) { out(label, '!!', e.name, e.code, e.message); }
}
t('encodeInto no dest', () => te.encodeInto('x'));
t('encodeInto array', () => te.encodeInto('x', []));
t('encodeInto Uint16Array', () => te.encodeInto('x', new Uint16Array(2)));
t('encodeInto Uint8ClampedArray', () => te.encodeInto('x', new Uint8ClampedArray(2)));
t('encodeInto number src', () => te.encodeInto(5, new Uint8Array(2)));
t('encodeInto String object', () => te.encodeInto(new String('s'), new Uint8Array(2)));
t('encode symbol', () => te.encode(Symbol('s')));
t('encode brand check', () => TextEncoder.prototype.encode.call({}, 'x'));
t('encoding brand check', () => Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get.call({}));
t('without new', () => TextEncoder());
t('members', () => Object.getOwnPropertyNames(TextEncoder.prototype));
t('lengths', () => [TextEncoder.length, te.encode.length, te.encodeInto.length]);
t('tag', () => Object.prototype.toString.call(te));

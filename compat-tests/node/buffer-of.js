'use strict';
// Shared helpers: show() prints any result as one deterministic line,
// t() prints a result or the error's name, code and message.
function show(v) {
  if (Buffer.isBuffer(v)) return 'Buffer<' + v.toString('hex') + '>';
  if (v instanceof Uint8Array) return v.constructor.name + '<' + Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('hex') + '>';
  if (typeof v === 'bigint') return v + 'n';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'object' && v !== null) return JSON.stringify(v);
  return String(v);
}
function t(label, fn) {
  try {
    console.log(label, '=>', show(fn()));
  } catch (e) {
    console.log(label, '!!', e.name, e.code, e.message);
  }
}

t('of()', () => Buffer.of());
t('of(1, 2, 3)', () => Buffer.of(1, 2, 3));
t('of(256, -1, 1.7)', () => Buffer.of(256, -1, 1.7));
t('of("7", "x", null, undefined, true)', () => Buffer.of('7', 'x', null, undefined, true));
t('of({valueOf})', () => Buffer.of({ valueOf() { return 65; } }));
t('of isBuffer', () => Buffer.isBuffer(Buffer.of(1)));
t('of(NaN, Infinity, -Infinity)', () => Buffer.of(NaN, Infinity, -Infinity));
t('of(2**32 + 5)', () => Buffer.of(2 ** 32 + 5));
t('Uint8Array.of', () => Buffer.from(Uint8Array.of(1, 2)));

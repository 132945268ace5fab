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

const u16 = new Uint16Array([0x0102, 0x0304, 0x0506]);
t('copyBytesFrom(u16)', () => Buffer.copyBytesFrom(u16));
t('copyBytesFrom(u16, 1)', () => Buffer.copyBytesFrom(u16, 1));
t('copyBytesFrom(u16, 1, 1)', () => Buffer.copyBytesFrom(u16, 1, 1));
t('copyBytesFrom(u16, 0, 10)', () => Buffer.copyBytesFrom(u16, 0, 10));
t('copyBytesFrom(u16, 3)', () => Buffer.copyBytesFrom(u16, 3));
t('copyBytesFrom(u16, 0, 0)', () => Buffer.copyBytesFrom(u16, 0, 0));
t('copyBytesFrom(u16, undefined, 2)', () => Buffer.copyBytesFrom(u16, undefined, 2));
t('copyBytesFrom(u8)', () => Buffer.copyBytesFrom(new Uint8Array([1, 2, 3]), 1));
t('copyBytesFrom(f64)', () => Buffer.copyBytesFrom(new Float64Array([1]), 0));
t('copies', () => { const u = new Uint8Array([1, 2]); const b = Buffer.copyBytesFrom(u); u[0] = 9; return b; });
t('empty', () => Buffer.copyBytesFrom(new Uint8Array(0), 5));
t('offset -1', () => Buffer.copyBytesFrom(u16, -1));
t('offset 1.5', () => Buffer.copyBytesFrom(u16, 1.5));
t('offset "1"', () => Buffer.copyBytesFrom(u16, '1'));
t('length -1', () => Buffer.copyBytesFrom(u16, 0, -1));
t('length 1.5', () => Buffer.copyBytesFrom(u16, 0, 1.5));
t('length null', () => Buffer.copyBytesFrom(u16, 0, null));
t('DataView', () => Buffer.copyBytesFrom(new DataView(new ArrayBuffer(2))));
t('ArrayBuffer', () => Buffer.copyBytesFrom(new ArrayBuffer(2)));
t('array', () => Buffer.copyBytesFrom([1, 2]));
t('Buffer', () => Buffer.copyBytesFrom(Buffer.from('abc'), 1, 1));

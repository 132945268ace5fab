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

const a = Buffer.from('ab');
const b = Buffer.from('cde');
t('concat([a, b])', () => Buffer.concat([a, b]));
t('concat([])', () => Buffer.concat([]));
t('concat([a])', () => Buffer.concat([a]));
t('concat([a]) copies', () => { const r = Buffer.concat([a]); r[0] = 0x7a; return a.toString(); });
t('concat total 3', () => Buffer.concat([a, b], 3));
t('concat total 0', () => Buffer.concat([a, b], 0));
t('concat total 8', () => Buffer.concat([a, b], 8));
t('concat total 5', () => Buffer.concat([a, b], 5));
t('concat Uint8Array', () => Buffer.concat([new Uint8Array([1, 2]), a]));
t('concat empty items', () => Buffer.concat([Buffer.alloc(0), a, Buffer.alloc(0)]));
t('concat isBuffer', () => Buffer.isBuffer(Buffer.concat([new Uint8Array(1)])));
t('concat total -1', () => Buffer.concat([a], -1));
t('concat total 1.5', () => Buffer.concat([a], 1.5));
t('concat total "2"', () => Buffer.concat([a], '2'));
t('concat total NaN', () => Buffer.concat([a], NaN));
t('concat total 2**32+1', () => Buffer.concat([a], 2 ** 32 + 1));
t('concat string item', () => Buffer.concat([a, 'x']));
t('concat number item', () => Buffer.concat([a, 5]));
t('concat array item', () => Buffer.concat([a, [1, 2]]));
t('concat Uint16Array item', () => Buffer.concat([new Uint16Array(1)]));
t('concat object item with total', () => Buffer.concat([a, {}], 4));
t('concat(not array)', () => Buffer.concat('ab'));
t('concat(undefined)', () => Buffer.concat());
t('concat(array-like)', () => Buffer.concat({ length: 1, 0: a }));
t('concat(Set)', () => Buffer.concat(new Set([a])));
t('concat many', () => Buffer.concat(Array.from({ length: 100 }, (_, i) => Buffer.from([i]))).length);
t('concat([undefined])', () => Buffer.concat([undefined]));
t('concat([a, null])', () => Buffer.concat([a, null]));
t('concat([undefined], 2)', () => Buffer.concat([undefined], 2));
t('concat(sparse)', () => Buffer.concat([, a]));
t('concat(new Array(2))', () => Buffer.concat(new Array(2)));

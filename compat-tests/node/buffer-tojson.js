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

t('toJSON', () => Buffer.from([1, 2, 255]).toJSON());
t('toJSON empty', () => Buffer.alloc(0).toJSON());
t('stringify', () => JSON.stringify(Buffer.from('hi')));
t('stringify nested', () => JSON.stringify({ b: Buffer.from([0]), n: 1 }));
t('round trip', () => Buffer.from(JSON.parse(JSON.stringify(Buffer.from('round')))).toString());
t('type', () => typeof Buffer.from('a').toJSON().data);
t('isArray', () => Array.isArray(Buffer.from('a').toJSON().data));
t('keys', () => Object.keys(Buffer.from('a').toJSON()).join());
t('subarray toJSON', () => Buffer.from([1, 2, 3]).subarray(1).toJSON());

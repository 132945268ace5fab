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

const b = Buffer.from('abcdef');
t('toString()', () => b.toString());
t('toString(undefined)', () => b.toString(undefined));
t('toString(utf8, 1, 3)', () => b.toString('utf8', 1, 3));
t('toString(utf8, 1.5, 3.9)', () => b.toString('utf8', 1.5, 3.9));
t('toString(utf8, "1", "3")', () => b.toString('utf8', '1', '3'));
t('toString(utf8, null, null)', () => b.toString('utf8', null, null));
t('toString(utf8, NaN, 4)', () => b.toString('utf8', NaN, 4));
t('toString(utf8, -5, 100)', () => b.toString('utf8', -5, 100));
t('toString(utf8, 6)', () => b.toString('utf8', 6));
t('toString(utf8, 2**32 + 1)', () => b.toString('utf8', 2 ** 32 + 1));
t('toString(utf8, 1, 2**32 + 3)', () => b.toString('utf8', 1, 2 ** 32 + 3));
t('toString(utf8, 4, 2)', () => b.toString('utf8', 4, 2));
t('toString(utf8, 0, -1)', () => b.toString('utf8', 0, -1));
t('toString(utf8, {}, [])', () => b.toString('utf8', {}, []));
t('toString(utf8, true, "4")', () => b.toString('utf8', true, '4'));
t('toString(utf8, undefined, 2)', () => b.toString('utf8', undefined, 2));
t('toString(utf8, Infinity)', () => b.toString('utf8', Infinity));
t('toString(utf8, -Infinity, Infinity)', () => b.toString('utf8', -Infinity, Infinity));
t('toString(null)', () => b.toString(null));
t('toString("")', () => b.toString(''));
t('toString(0)', () => b.toString(0));
t('toString("bogus")', () => b.toString('bogus'));
t('toString("bogus", 3, 1)', () => b.toString('bogus', 3, 1));
t('toString("bogus") empty', () => Buffer.alloc(0).toString('bogus'));
t('toString("bogus", 0)', () => b.toString('bogus', 0));
for (const enc of ['hex', 'HEX', 'base64', 'base64url', 'latin1', 'binary', 'ascii', 'ucs2', 'utf16le', 'utf-8', 'UTF-16LE']) {
  t('toString(' + enc + ')', () => b.toString(enc));
  t('toString(' + enc + ', 1, 4)', () => b.toString(enc, 1, 4));
}
t('toLocaleString', () => b.toLocaleString('hex'));
t('String(buf)', () => String(b));
t('template', () => `${b}`);
t('concat with string', () => b + '!');
t('subarray toString', () => b.subarray(2, 4).toString());
t('toString on Uint8Array', () => Buffer.prototype.toString.call(new Uint8Array([104, 105])));
t('toString on Uint16Array', () => Buffer.prototype.toString.call(new Uint16Array([0x6968]), 'latin1'));

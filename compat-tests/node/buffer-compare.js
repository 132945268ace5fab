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

const a = Buffer.from('abc');
const b = Buffer.from('abd');
const c = Buffer.from('ab');
t('compare(a, b)', () => Buffer.compare(a, b));
t('compare(b, a)', () => Buffer.compare(b, a));
t('compare(a, a)', () => Buffer.compare(a, a));
t('compare(a, copy)', () => Buffer.compare(a, Buffer.from('abc')));
t('compare(a, c)', () => Buffer.compare(a, c));
t('compare(c, a)', () => Buffer.compare(c, a));
t('compare(empty, empty)', () => Buffer.compare(Buffer.alloc(0), Buffer.alloc(0)));
t('compare(Uint8Array)', () => Buffer.compare(new Uint8Array([1]), new Uint8Array([2])));
t('compare(string)', () => Buffer.compare('a', b));
t('compare(a, string)', () => Buffer.compare(a, 'b'));
t('compare(Uint16Array)', () => Buffer.compare(a, new Uint16Array(1)));
t('compare(DataView)', () => Buffer.compare(new DataView(new ArrayBuffer(1)), a));
t('compare()', () => Buffer.compare());
t('sort', () => [Buffer.from('b'), Buffer.from('a'), Buffer.from('ab'), Buffer.from('')].sort(Buffer.compare).map(String).join(','));
t('high bytes', () => Buffer.compare(Buffer.from([0x80]), Buffer.from([0x7f])));
t('a.compare(b)', () => a.compare(b));
t('b.compare(a)', () => b.compare(a));
t('a.compare(a)', () => a.compare(a));
t('a.compare(c)', () => a.compare(c));
const x = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9]);
const y = Buffer.from([5, 6, 7, 8, 9, 1, 2, 3, 4]);
t('ranges 5,9,0,4', () => x.compare(y, 5, 9, 0, 4));
t('ranges 0,6,4', () => x.compare(y, 0, 6, 4));
t('ranges 5,6,5', () => x.compare(y, 5, 6, 5));
t('ranges 0,0', () => x.compare(y, 0, 0));
t('ranges empty both', () => x.compare(y, 3, 3, 4, 4));
t('ranges empty source', () => x.compare(y, 0, 2, 4, 4));
t('ranges empty target', () => x.compare(y, 2, 2, 0, 4));
t('ranges inverted', () => x.compare(y, 5, 2, 6, 1));
t('ranges source past end', () => x.compare(y, 0, 9, 9));
t('ranges target end max', () => x.compare(y, 0, 9));
t('undefined args', () => x.compare(y, undefined, undefined, undefined, undefined));
t('targetStart -1', () => x.compare(y, -1));
t('targetStart 1.5', () => x.compare(y, 1.5));
t('targetStart "1"', () => x.compare(y, '1'));
t('targetStart NaN', () => x.compare(y, NaN));
t('targetStart null', () => x.compare(y, null));
t('targetEnd 10', () => x.compare(y, 0, 10));
t('targetEnd -1', () => x.compare(y, 0, -1));
t('sourceStart -1', () => x.compare(y, 0, 1, -1));
t('sourceStart 2**32+1', () => x.compare(y, 0, 1, 2 ** 32 + 1));
t('targetStart 2**32', () => x.compare(y, 2 ** 32));
t('sourceEnd 10', () => x.compare(y, 0, 1, 0, 10));
t('sourceEnd Infinity', () => x.compare(y, 0, 1, 0, Infinity));
t('compare(non-buffer)', () => x.compare('abc'));
t('compare(null)', () => x.compare(null));
t('compare(Uint8Array target)', () => x.compare(new Uint8Array([1, 2])));
t('compare on Uint8Array', () => Buffer.prototype.compare.call(new Uint8Array([9]), Buffer.from([1])));

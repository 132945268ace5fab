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

const b = () => Buffer.alloc(6);
t('fill(1)', () => b().fill(1));
t('fill(0x1ff)', () => b().fill(0x1ff));
t('fill(-1)', () => b().fill(-1));
t('fill(1.9)', () => b().fill(1.9));
t('fill(NaN)', () => b().fill(NaN));
t('fill()', () => Buffer.alloc(3, 7).fill());
t('fill(true)', () => b().fill(true));
t('fill(null)', () => b().fill(null));
t('fill({})', () => b().fill({}));
t('fill([5])', () => b().fill([5]));
t('fill("a")', () => b().fill('a'));
t('fill("ab")', () => b().fill('ab'));
t('fill("")', () => Buffer.alloc(3, 9).fill(''));
t('fill("abc", 1)', () => b().fill('abc', 1));
t('fill("abc", 1, 4)', () => b().fill('abc', 1, 4));
t('fill("abc", "latin1")', () => b().fill('abc', 'latin1'));
t('fill("6162", "hex")', () => b().fill('6162', 'hex'));
t('fill("6162", 1, "hex")', () => b().fill('6162', 1, 'hex'));
t('fill("6162", 1, 5, "hex")', () => b().fill('6162', 1, 5, 'hex'));
t('fill("616", "hex")', () => b().fill('616', 'hex'));
t('fill("zz", "hex")', () => b().fill('zz', 'hex'));
t('fill("zz", 10, "hex")', () => b().fill('zz', 10, 'hex'));
t('fill("YWJj", "base64")', () => b().fill('YWJj', 'base64'));
t('fill("ab", "ucs2")', () => b().fill('ab', 'ucs2'));
t('fill("\u00e9")', () => b().fill('\u00e9'));
t('fill("\u00e9", "latin1")', () => b().fill('\u00e9', 'latin1'));
t('fill("\u0100", "latin1")', () => b().fill('\u0100', 'latin1'));
t('fill("\u20ac")', () => b().fill('\u20ac'));
t('fill("\u20ac", "ascii")', () => b().fill('\u20ac', 'ascii'));
t('fill("a", "bogus")', () => b().fill('a', 'bogus'));
t('fill("a", 0, 6, 5)', () => b().fill('a', 0, 6, 5));
t('fill("a", 0, 6, null)', () => b().fill('a', 0, 6, null));
t('fill(1, "hex")', () => b().fill(1, 'hex'));
t('fill(Buffer)', () => b().fill(Buffer.from([1, 2, 3, 4])));
t('fill(Uint16Array)', () => b().fill(new Uint16Array([0x0102])));
t('fill(DataView)', () => b().fill(new DataView(new Uint8Array([7, 8]).buffer)));
t('fill(ArrayBuffer)', () => b().fill(new ArrayBuffer(2)));
t('fill(self)', () => { const x = Buffer.from([1, 2, 3, 4, 5, 6]); return x.fill(x.subarray(0, 2), 2); });
t('fill(1, 2)', () => b().fill(1, 2));
t('fill(1, 2, 4)', () => b().fill(1, 2, 4));
t('fill(1, 4, 2)', () => b().fill(1, 4, 2));
t('fill(1, 6)', () => b().fill(1, 6));
t('fill(1, 10)', () => b().fill(1, 10));
t('fill(1, -1)', () => b().fill(1, -1));
t('fill(1, 1.5)', () => b().fill(1, 1.5));
t('fill(1, "1")', () => b().fill(1, '1'));
t('fill(1, 0, 7)', () => b().fill(1, 0, 7));
t('fill(1, 0, -1)', () => b().fill(1, 0, -1));
t('fill(1, 0, 2.5)', () => b().fill(1, 0, 2.5));
t('fill(1, 0, "3")', () => b().fill(1, 0, '3'));
t('fill(1, null)', () => b().fill(1, null));
t('fill(1, undefined, 3)', () => b().fill(1, undefined, 3));
t('fill(1, 2**33)', () => b().fill(1, 2 ** 33));
t('fill returns this', () => { const x = b(); return x.fill(0) === x; });
t('fill subarray', () => { const x = b(); x.subarray(2, 4).fill(9); return x; });
t('fill empty buffer', () => Buffer.alloc(0).fill('abc'));
t('fill on Uint8Array', () => Buffer.from(Buffer.prototype.fill.call(new Uint8Array(3), 'xy')));

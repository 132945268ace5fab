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

t('alloc(4)', () => Buffer.alloc(4));
t('alloc(0)', () => Buffer.alloc(0));
t('alloc(1.5)', () => Buffer.alloc(1.5));
t('alloc(-0)', () => Buffer.alloc(-0));
t('alloc(3, 1)', () => Buffer.alloc(3, 1));
t('alloc(3, 257)', () => Buffer.alloc(3, 257));
t('alloc(3, -1)', () => Buffer.alloc(3, -1));
t('alloc(3, 1.9)', () => Buffer.alloc(3, 1.9));
t('alloc(3, "a")', () => Buffer.alloc(3, 'a'));
t('alloc(5, "abc")', () => Buffer.alloc(5, 'abc'));
t('alloc(5, "")', () => Buffer.alloc(5, ''));
t('alloc(5, "abcd", "hex")', () => Buffer.alloc(5, 'abcd', 'hex'));
t('alloc(5, "abc", "hex")', () => Buffer.alloc(5, 'abc', 'hex'));
t('alloc(5, "zz", "hex")', () => Buffer.alloc(5, 'zz', 'hex'));
t('alloc(4, "YQ==", "base64")', () => Buffer.alloc(4, 'YQ==', 'base64'));
t('alloc(5, "\u00e9")', () => Buffer.alloc(5, '\u00e9'));
t('alloc(5, "\u00e9", "latin1")', () => Buffer.alloc(5, '\u00e9', 'latin1'));
t('alloc(5, "\u0100", "latin1")', () => Buffer.alloc(5, '\u0100', 'latin1'));
t('alloc(5, "ab", "ucs2")', () => Buffer.alloc(5, 'ab', 'ucs2'));
t('alloc(3, "a", "bogus")', () => Buffer.alloc(3, 'a', 'bogus'));
t('alloc(3, "a", 1)', () => Buffer.alloc(3, 'a', 1));
t('alloc(3, "a", null)', () => Buffer.alloc(3, 'a', null));
t('alloc(0, "a", "bogus")', () => Buffer.alloc(0, 'a', 'bogus'));
t('alloc(3, Buffer)', () => Buffer.alloc(3, Buffer.from([1, 2])));
t('alloc(3, Uint16Array)', () => Buffer.alloc(4, new Uint16Array([0x0102])));
t('alloc(3, true)', () => Buffer.alloc(3, true));
t('alloc(3, null)', () => Buffer.alloc(3, null));
t('alloc(3, {})', () => Buffer.alloc(3, {}));
t('alloc(3, {valueOf})', () => Buffer.alloc(3, { valueOf() { return 7; } }));
t('alloc(3, NaN)', () => Buffer.alloc(3, NaN));
t('alloc(-1)', () => Buffer.alloc(-1));
t('alloc("1")', () => Buffer.alloc('1'));
t('alloc()', () => Buffer.alloc());
t('alloc(NaN)', () => Buffer.alloc(NaN));
t('alloc(Infinity)', () => Buffer.alloc(Infinity));
t('alloc(2**32+1)', () => Buffer.alloc(2 ** 32 + 1));
t('alloc(2**33)', () => Buffer.alloc(2 ** 33));
t('alloc(1n)', () => Buffer.alloc(1n));
t('allocUnsafe(3).length', () => Buffer.allocUnsafe(3).length);
t('allocUnsafe(0)', () => Buffer.allocUnsafe(0));
t('allocUnsafe(-1)', () => Buffer.allocUnsafe(-1));
t('allocUnsafe("x")', () => Buffer.allocUnsafe('x'));
t('allocUnsafe(2.5).length', () => Buffer.allocUnsafe(2.5).length);
t('allocUnsafeSlow(5).length', () => Buffer.allocUnsafeSlow(5).length);
t('allocUnsafeSlow(-5)', () => Buffer.allocUnsafeSlow(-5));
t('allocUnsafeSlow(null)', () => Buffer.allocUnsafeSlow(null));
t('allocUnsafe isBuffer', () => Buffer.isBuffer(Buffer.allocUnsafe(1)) && Buffer.isBuffer(Buffer.allocUnsafeSlow(1)));
t('alloc is writable', () => { const b = Buffer.alloc(2); b[0] = 300; b[1] = -1; return b; });

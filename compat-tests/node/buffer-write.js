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

const w = (label, fn) => t(label, () => { const b = Buffer.alloc(8, 0x2e); const n = fn(b); return n + ' ' + b.toString('hex'); });
w('write("abc")', (b) => b.write('abc'));
w('write("abc", 2)', (b) => b.write('abc', 2));
w('write("abc", 2, 1)', (b) => b.write('abc', 2, 1));
w('write("abc", 6)', (b) => b.write('abc', 6));
w('write("abc", 8)', (b) => b.write('abc', 8));
w('write("abc", 2, 10)', (b) => b.write('abc', 2, 10));
w('write("6162", "hex")', (b) => b.write('6162', 'hex'));
w('write("6162", 3, "hex")', (b) => b.write('6162', 3, 'hex'));
w('write("6162", 3, 1, "hex")', (b) => b.write('6162', 3, 1, 'hex'));
w('write("abc", 1, 2, "latin1")', (b) => b.write('abc', 1, 2, 'latin1'));
w('write("abc", "ucs2")', (b) => b.write('abc', 'ucs2'));
w('write("abcde", "ucs2")', (b) => b.write('abcde', 'ucs2'));
w('write("abc", 7, "ucs2")', (b) => b.write('abc', 7, 'ucs2'));
w('write("abc", 0, 3, "ucs2")', (b) => b.write('abc', 0, 3, 'ucs2'));
w('write("YWJj", "base64")', (b) => b.write('YWJj', 'base64'));
w('write("YWJjZGVmZ2hpams=", "base64")', (b) => b.write('YWJjZGVmZ2hpams=', 'base64'));
w('write("YW Jj", 1, "base64url")', (b) => b.write('YW Jj', 1, 'base64url'));
w('write("\u20ac\u20ac\u20ac")', (b) => b.write('\u20ac\u20ac\u20ac'));
w('write("a\u20ac", 6)', (b) => b.write('a\u20ac', 6));
w('write("\ud83d\ude00\ud83d\ude00")', (b) => b.write('\ud83d\ude00\ud83d\ude00'));
w('write("\ud83d\ude00", 5)', (b) => b.write('\ud83d\ude00', 5));
w('write("\ud800abc")', (b) => b.write('\ud800abc'));
w('write("\u00e9", "latin1")', (b) => b.write('\u00e9\u0100', 'latin1'));
w('write("\u00e9", "ascii")', (b) => b.write('\u00e9\u20ac', 'ascii'));
w('write("abc", "ASCII")', (b) => b.write('abc', 'ASCII'));
w('write("abc", undefined, "hex")', (b) => b.write('abc', undefined, 'hex'));
w('write("abc", 0, undefined, "hex")', (b) => b.write('abc', 0, undefined, 'hex'));
w('write("ab", 0, 8, "")', (b) => b.write('ab', 0, 8, ''));
w('write("ab", 0, 8, null)', (b) => b.write('ab', 0, 8, null));
w('write("ab", 0, 8, 0)', (b) => b.write('ab', 0, 8, 0));
w('write("zz", "hex")', (b) => b.write('zz', 'hex'));
w('write("11zz", "hex")', (b) => b.write('11zz', 'hex'));
w('write("abc", "hex")', (b) => b.write('abc', 'hex'));
w('write("")', (b) => b.write(''));
w('write("abc", 0, 0)', (b) => b.write('abc', 0, 0));
w('write("ab", "bogus")', (b) => b.write('ab', 'bogus'));
w('write("ab", 0, "bogus")', (b) => b.write('ab', 0, 'bogus'));
w('write("ab", 0, 1, "bogus")', (b) => b.write('ab', 0, 1, 'bogus'));
w('write("ab", 0, 1, 5)', (b) => b.write('ab', 0, 1, 5));
w('write("ab", 9)', (b) => b.write('ab', 9));
w('write("ab", -1)', (b) => b.write('ab', -1));
w('write("ab", 1.5)', (b) => b.write('ab', 1.5));
w('write("ab", "1", 1)', (b) => b.write('ab', '1', 1));
w('write("ab", NaN)', (b) => b.write('ab', NaN));
w('write("ab", null)', (b) => b.write('ab', null));
w('write("ab", 0, -1)', (b) => b.write('ab', 0, -1));
w('write("ab", 0, 9)', (b) => b.write('ab', 0, 9));
w('write("ab", 0, 1.5)', (b) => b.write('ab', 0, 1.5));
w('write("ab", 0, null)', (b) => b.write('ab', 0, null));
w('write(5)', (b) => b.write(5));
w('write(5, 0)', (b) => b.write(5, 0));
w('write(null, "hex")', (b) => b.write(null, 'hex'));
w('write(new String)', (b) => b.write(new String('x')));
w('write()', (b) => b.write());
w('write on Uint8Array', (b) => Buffer.prototype.write.call(new Uint8Array(2), 'ab'));
w('write on Uint8Array hex', (b) => Buffer.prototype.write.call(new Uint8Array(2), 'ab', 'hex'));
w('write on subarray', (b) => b.subarray(2, 4).write('xyz'));
t('write on empty', () => Buffer.alloc(0).write('a'));
t('write on empty offset', () => Buffer.alloc(0).write('a', 0));

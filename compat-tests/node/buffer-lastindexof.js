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

const b = Buffer.from('abcdef abcdef');
t('lastIndexOf("b")', () => b.lastIndexOf('b'));
t('lastIndexOf("cd")', () => b.lastIndexOf('cd'));
t('lastIndexOf("cd", 8)', () => b.lastIndexOf('cd', 8));
t('lastIndexOf("cd", 9)', () => b.lastIndexOf('cd', 9));
t('lastIndexOf("cd", 2)', () => b.lastIndexOf('cd', 2));
t('lastIndexOf("cd", 1)', () => b.lastIndexOf('cd', 1));
t('lastIndexOf("cd", -4)', () => b.lastIndexOf('cd', -4));
t('lastIndexOf("cd", -5)', () => b.lastIndexOf('cd', -5));
t('lastIndexOf("cd", -100)', () => b.lastIndexOf('cd', -100));
t('lastIndexOf("cd", 100)', () => b.lastIndexOf('cd', 100));
t('lastIndexOf("ef", 12)', () => b.lastIndexOf('ef', 12));
t('lastIndexOf("zz")', () => b.lastIndexOf('zz'));
t('lastIndexOf("")', () => b.lastIndexOf(''));
t('lastIndexOf("", 5)', () => b.lastIndexOf('', 5));
t('lastIndexOf("", 100)', () => b.lastIndexOf('', 100));
t('lastIndexOf("", -3)', () => b.lastIndexOf('', -3));
t('lastIndexOf("", -100)', () => b.lastIndexOf('', -100));
t('lastIndexOf(99)', () => b.lastIndexOf(99));
t('lastIndexOf(99, 5)', () => b.lastIndexOf(99, 5));
t('lastIndexOf(99, 1)', () => b.lastIndexOf(99, 1));
t('lastIndexOf(99, -5)', () => b.lastIndexOf(99, -5));
t('lastIndexOf(99, -100)', () => b.lastIndexOf(99, -100));
t('lastIndexOf(99, 100)', () => b.lastIndexOf(99, 100));
t('lastIndexOf(97, 0)', () => b.lastIndexOf(97, 0));
t('lastIndexOf(Buffer)', () => b.lastIndexOf(Buffer.from('abc')));
t('lastIndexOf(Buffer, 6)', () => b.lastIndexOf(Buffer.from('abc'), 6));
t('lastIndexOf(Buffer, -13)', () => b.lastIndexOf(Buffer.from('abc'), -13));
t('lastIndexOf(Buffer, -14)', () => b.lastIndexOf(Buffer.from('abc'), -14));
t('lastIndexOf(empty Buffer)', () => b.lastIndexOf(Buffer.alloc(0)));
t('lastIndexOf(empty Buffer, 4)', () => b.lastIndexOf(Buffer.alloc(0), 4));
t('lastIndexOf("b", undefined)', () => b.lastIndexOf('b', undefined));
t('lastIndexOf("b", null)', () => b.lastIndexOf('b', null));
t('lastIndexOf("b", NaN)', () => b.lastIndexOf('b', NaN));
t('lastIndexOf("b", {})', () => b.lastIndexOf('b', {}));
t('lastIndexOf("b", "latin1")', () => b.lastIndexOf('b', 'latin1'));
t('lastIndexOf("6263", "hex")', () => b.lastIndexOf('6263', 'hex'));
t('lastIndexOf("6263", 5, "hex")', () => b.lastIndexOf('6263', 5, 'hex'));
t('lastIndexOf("a", "bogus")', () => b.lastIndexOf('a', 'bogus'));
t('lastIndexOf([])', () => b.lastIndexOf([]));
t('lastIndexOf in empty', () => Buffer.alloc(0).lastIndexOf('a'));
t('lastIndexOf "" in empty', () => Buffer.alloc(0).lastIndexOf(''));
t('lastIndexOf(1.5, 2**40)', () => Buffer.from([1, 1]).lastIndexOf(1.5, 2 ** 40));
const w = Buffer.from('abcabc', 'ucs2');
t('ucs2 last "c"', () => w.lastIndexOf('c', 'ucs2'));
t('ucs2 last "c" from 8', () => w.lastIndexOf('c', 8, 'ucs2'));
t('ucs2 last "c" from 7', () => w.lastIndexOf('c', 7, 'ucs2'));
t('ucs2 last "ab"', () => w.lastIndexOf('ab', 'ucs2'));
t('ucs2 last buffer', () => w.lastIndexOf(Buffer.from('a', 'ucs2'), 'ucs2'));
t('ucs2 last odd alignment', () => Buffer.from([0x00, 0x61, 0x00, 0x61, 0x00]).lastIndexOf('a', 'ucs2'));
t('repeated pattern', () => Buffer.from('aaaa').lastIndexOf('aa'));
t('repeated pattern from 1', () => Buffer.from('aaaa').lastIndexOf('aa', 1));

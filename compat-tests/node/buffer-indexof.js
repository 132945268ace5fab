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
t('indexOf("b")', () => b.indexOf('b'));
t('indexOf("cd")', () => b.indexOf('cd'));
t('indexOf("cd", 3)', () => b.indexOf('cd', 3));
t('indexOf("cd", -5)', () => b.indexOf('cd', -5));
t('indexOf("cd", -100)', () => b.indexOf('cd', -100));
t('indexOf("cd", 100)', () => b.indexOf('cd', 100));
t('indexOf("cd", 12)', () => b.indexOf('cd', 12));
t('indexOf("zz")', () => b.indexOf('zz'));
t('indexOf("")', () => b.indexOf(''));
t('indexOf("", 5)', () => b.indexOf('', 5));
t('indexOf("", 100)', () => b.indexOf('', 100));
t('indexOf("", -3)', () => b.indexOf('', -3));
t('indexOf("", -100)', () => b.indexOf('', -100));
t('indexOf(99)', () => b.indexOf(99));
t('indexOf(99 + 256)', () => b.indexOf(99 + 256));
t('indexOf(-157)', () => b.indexOf(-157));
t('indexOf(99.9)', () => b.indexOf(99.9));
t('indexOf(99, 3)', () => b.indexOf(99, 3));
t('indexOf(99, -3)', () => b.indexOf(99, -3));
t('indexOf(99, 100)', () => b.indexOf(99, 100));
t('indexOf(0)', () => b.indexOf(0));
t('indexOf(NaN)', () => Buffer.from([0, 1]).indexOf(NaN));
t('indexOf(Buffer)', () => b.indexOf(Buffer.from('def')));
t('indexOf(Buffer, 4)', () => b.indexOf(Buffer.from('def'), 4));
t('indexOf(Uint8Array)', () => b.indexOf(new Uint8Array([101, 102])));
t('indexOf(empty Buffer)', () => b.indexOf(Buffer.alloc(0)));
t('indexOf(empty Buffer, 99)', () => b.indexOf(Buffer.alloc(0), 99));
t('indexOf(longer)', () => Buffer.from('ab').indexOf('abc'));
t('indexOf in empty', () => Buffer.alloc(0).indexOf('a'));
t('indexOf "" in empty', () => Buffer.alloc(0).indexOf(''));
t('indexOf 0 in empty', () => Buffer.alloc(0).indexOf(0));
t('indexOf("cd", "latin1")', () => b.indexOf('cd', 'latin1'));
t('indexOf("6364", "hex")', () => b.indexOf('6364', 'hex'));
t('indexOf("6364", 5, "hex")', () => b.indexOf('6364', 5, 'hex'));
t('indexOf("Y2Q=", "base64")', () => b.indexOf('Y2Q=', 'base64'));
t('indexOf("cd", "ascii")', () => b.indexOf('cd', 'ascii'));
t('indexOf("zz", "hex")', () => b.indexOf('zz', 'hex'));
t('indexOf("a", "bogus")', () => b.indexOf('a', 'bogus'));
t('indexOf(Buffer, "bogus")', () => b.indexOf(Buffer.from('c'), 'bogus'));
t('indexOf("a", 0, "bogus")', () => b.indexOf('a', 0, 'bogus'));
t('indexOf("b", null)', () => b.indexOf('b', null));
t('indexOf("b", {})', () => b.indexOf('b', {}));
t('indexOf("b", [])', () => b.indexOf('b', []));
t('indexOf("b", 1.5)', () => b.indexOf('b', 1.5));
t('indexOf("b", -1.5)', () => b.indexOf('b', -1.5));
t('indexOf("b", 2**40)', () => b.indexOf('b', 2 ** 40));
t('indexOf("b", -(2**40))', () => b.indexOf('b', -(2 ** 40)));
t('indexOf("b", true)', () => b.indexOf('b', true));
t('indexOf({})', () => b.indexOf({}));
t('indexOf(undefined)', () => b.indexOf());
t('indexOf(null)', () => b.indexOf(null));
t('indexOf(true)', () => b.indexOf(true));
t('indexOf(Uint16Array)', () => b.indexOf(new Uint16Array([0x6261])));
t('indexOf(1n)', () => b.indexOf(1n));
const u = Buffer.from('abcabc\u00e9', 'utf8');
t('utf8 multibyte', () => u.indexOf('\u00e9'));
t('utf8 partial', () => u.indexOf(Buffer.from([0xc3])));
const l = Buffer.from('ab\u00e9', 'latin1');
t('latin1 search', () => l.indexOf('\u00e9', 'latin1'));
t('latin1 search utf8', () => l.indexOf('\u00e9'));
t('latin1 wide char', () => l.indexOf('\u01e9', 'latin1'));
const w = Buffer.from('abcabc', 'ucs2');
t('ucs2 "c"', () => w.indexOf('c', 'ucs2'));
t('ucs2 "bc"', () => w.indexOf('bc', 'ucs2'));
t('ucs2 "c" from 5', () => w.indexOf('c', 5, 'ucs2'));
t('ucs2 "c" from -4', () => w.indexOf('c', -4, 'ucs2'));
t('ucs2 buffer', () => w.indexOf(Buffer.from('c', 'ucs2'), 0, 'ucs2'));
t('ucs2 odd alignment', () => Buffer.from([0x00, 0x61, 0x00, 0x62, 0x00]).indexOf('a', 'ucs2'));
t('ucs2 odd buffer needle', () => w.indexOf(Buffer.from([0x63, 0x00, 0x64]), 'ucs2'));
t('ucs2 one byte needle', () => w.indexOf(Buffer.from([0x63]), 'ucs2'));
t('ucs2 in 1-byte buffer', () => Buffer.from([0x61]).indexOf('a', 'ucs2'));
t('ucs2 empty needle', () => w.indexOf('', 3, 'ucs2'));
t('utf16le name', () => w.indexOf('b', 'utf16le'));
t('long needle', () => Buffer.from('x'.repeat(1000) + 'needle').indexOf('needle'));
t('includes("cd")', () => b.includes('cd'));
t('includes("cd", 10)', () => b.includes('cd', 10));
t('includes(99)', () => b.includes(99));
t('includes(300)', () => b.includes(300));
t('includes(Buffer)', () => b.includes(Buffer.from('f a')));
t('includes("6364", "hex")', () => b.includes('6364', 'hex'));
t('includes({})', () => b.includes({}));
t('includes("", 100)', () => b.includes('', 100));

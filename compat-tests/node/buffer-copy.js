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

const src = () => Buffer.from([1, 2, 3, 4, 5]);
const dst = () => Buffer.alloc(6);
t('copy all', () => { const d = dst(); return [src().copy(d), d.toString('hex')].join(' '); });
t('copy targetStart 2', () => { const d = dst(); return [src().copy(d, 2), d.toString('hex')].join(' '); });
t('copy targetStart 5', () => { const d = dst(); return [src().copy(d, 5), d.toString('hex')].join(' '); });
t('copy targetStart 6', () => { const d = dst(); return [src().copy(d, 6), d.toString('hex')].join(' '); });
t('copy targetStart 100', () => { const d = dst(); return [src().copy(d, 100), d.toString('hex')].join(' '); });
t('copy source range', () => { const d = dst(); return [src().copy(d, 0, 1, 3), d.toString('hex')].join(' '); });
t('copy sourceEnd past', () => { const d = dst(); return [src().copy(d, 0, 3, 100), d.toString('hex')].join(' '); });
t('copy sourceStart=len', () => { const d = dst(); return [src().copy(d, 0, 5), d.toString('hex')].join(' '); });
t('copy inverted', () => { const d = dst(); return [src().copy(d, 0, 3, 1), d.toString('hex')].join(' '); });
t('copy into smaller', () => { const d = Buffer.alloc(2); return [src().copy(d), d.toString('hex')].join(' '); });
t('copy fractional', () => { const d = dst(); return [src().copy(d, 1.7, 0.5, 2.9), d.toString('hex')].join(' '); });
t('copy string args', () => { const d = dst(); return [src().copy(d, '1', '1', '3'), d.toString('hex')].join(' '); });
t('copy NaN args', () => { const d = dst(); return [src().copy(d, NaN, NaN, NaN), d.toString('hex')].join(' '); });
t('copy null args', () => { const d = dst(); return [src().copy(d, null, null, null), d.toString('hex')].join(' '); });
t('copy overlapping forward', () => { const b = src(); return [b.copy(b, 1, 0, 4), b.toString('hex')].join(' '); });
t('copy overlapping backward', () => { const b = src(); return [b.copy(b, 0, 1), b.toString('hex')].join(' '); });
t('copy to Uint8Array', () => { const d = new Uint8Array(3); src().copy(d); return Buffer.from(d); });
t('copy targetStart -1', () => src().copy(dst(), -1));
t('copy targetStart -0.5', () => src().copy(dst(), -0.5));
t('copy sourceStart -1', () => src().copy(dst(), 0, -1));
t('copy sourceStart 6', () => src().copy(dst(), 0, 6));
t('copy sourceEnd -1', () => src().copy(dst(), 0, 0, -1));
t('copy huge targetStart', () => src().copy(dst(), 2 ** 60));
t('copy Infinity sourceEnd', () => { const d = dst(); return [src().copy(d, 0, 0, Infinity), d.toString('hex')].join(' '); });
t('copy to string', () => src().copy('abc'));
t('copy to Uint16Array', () => src().copy(new Uint16Array(4)));
t('copy to undefined', () => src().copy());
t('copy from Uint8Array this', () => { const d = dst(); return [Buffer.prototype.copy.call(new Uint8Array([9, 8]), d), d.toString('hex')].join(' '); });
t('copy empty', () => Buffer.alloc(0).copy(dst()));
t('copy Infinity targetStart', () => { const d = dst(); return [src().copy(d, Infinity), d.toString('hex')].join(' '); });
t('copy "1e300" targetStart', () => { const d = dst(); return [src().copy(d, '1e300'), d.toString('hex')].join(' '); });
t('copy 2**53-1 targetStart', () => { const d = dst(); return [src().copy(d, 2 ** 53 - 1), d.toString('hex')].join(' '); });
t('copy Infinity sourceStart', () => { const d = dst(); return [src().copy(d, 0, Infinity), d.toString('hex')].join(' '); });
t('copy -Infinity sourceEnd', () => { const d = dst(); return [src().copy(d, 0, 0, -Infinity), d.toString('hex')].join(' '); });
t('copy 2**40 sourceEnd', () => { const d = dst(); return [src().copy(d, 0, 0, 2 ** 40), d.toString('hex')].join(' '); });

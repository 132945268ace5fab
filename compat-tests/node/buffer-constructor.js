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

process.noDeprecation = true;
const { SlowBuffer } = require('buffer');
t('new Buffer(3)', () => new Buffer(3));
t('Buffer(3)', () => Buffer(3));
t('new Buffer(0)', () => new Buffer(0));
t('new Buffer("abc")', () => new Buffer('abc'));
t('Buffer("616263", "hex")', () => Buffer('616263', 'hex'));
t('new Buffer([1, 2, 300])', () => new Buffer([1, 2, 300]));
t('new Buffer(ab, 1, 2)', () => { const ab = new Uint8Array([1, 2, 3, 4]).buffer; return new Buffer(ab, 1, 2); });
t('new Buffer(Buffer)', () => new Buffer(Buffer.from('xy')));
t('new Buffer(3, "utf8")', () => new Buffer(3, 'utf8'));
t('Buffer(-1)', () => Buffer(-1));
t('Buffer()', () => Buffer());
t('Buffer(null)', () => Buffer(null));
t('Buffer({})', () => Buffer({}));
t('instanceof', () => new Buffer(1) instanceof Buffer && Buffer(1) instanceof Buffer);
t('constructor', () => new Buffer(1).constructor === Buffer);
t('SlowBuffer(3)', () => SlowBuffer(3));
t('new SlowBuffer(2)', () => new SlowBuffer(2));
t('SlowBuffer isBuffer', () => Buffer.isBuffer(SlowBuffer(1)));
t('SlowBuffer(-1)', () => SlowBuffer(-1));
t('SlowBuffer("1")', () => SlowBuffer('1'));
t('SlowBuffer()', () => SlowBuffer());

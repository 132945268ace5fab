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

t('from([])', () => Buffer.from([]));
t('from([1, 2, 3])', () => Buffer.from([1, 2, 3]));
t('from([256, -1, 1.9, -1.5])', () => Buffer.from([256, -1, 1.9, -1.5]));
t('from(["1", "a", null, undefined, true, {}])', () => Buffer.from(['1', 'a', null, undefined, true, {}]));
t('from([NaN, Infinity])', () => Buffer.from([NaN, Infinity]));
t('from(sparse)', () => Buffer.from([1, , 3]));
t('from(array-like)', () => Buffer.from({ length: 3, 0: 1, 1: 2, 2: 3 }));
t('from(array-like short)', () => Buffer.from({ length: 2, 0: 257 }));
t('from(array-like string length)', () => Buffer.from({ length: '2', 0: 1, 1: 2 }));
t('from(array-like length 0)', () => Buffer.from({ length: 0 }));
t('from(array-like length -1)', () => Buffer.from({ length: -1 }));
t('from(array-like length 2.5)', () => Buffer.from({ length: 2.5, 0: 1, 1: 2, 2: 3 }));
t('from(array-like with buffer)', () => Buffer.from({ buffer: new ArrayBuffer(2) }));
t('from({type: Buffer})', () => Buffer.from({ type: 'Buffer', data: [4, 5, 6] }));
t('from({type: Buffer, data: "x"})', () => Buffer.from({ type: 'Buffer', data: 'xyz' }));
t('from(JSON round trip)', () => Buffer.from(JSON.parse(JSON.stringify(Buffer.from('hi')))));
t('from(Buffer) copies', () => { const a = Buffer.from([1, 2]); const b = Buffer.from(a); a[0] = 9; return b; });
t('from(Uint8Array)', () => Buffer.from(new Uint8Array([7, 8])));
t('from(Uint16Array)', () => Buffer.from(new Uint16Array([1, 256, 513])));
t('from(Int8Array)', () => Buffer.from(new Int8Array([-1, -128])));
t('from(Float32Array)', () => Buffer.from(new Float32Array([1.5, 300.7, -2])));
t('from(Uint8ClampedArray)', () => Buffer.from(new Uint8ClampedArray([255, 3])));
t('from(subarray)', () => Buffer.from(new Uint8Array([1, 2, 3, 4]).subarray(1, 3)));
t('from(DataView)', () => Buffer.from(new DataView(new ArrayBuffer(2))));
t('from(valueOf string)', () => Buffer.from({ valueOf() { return 'ok'; } }));
t('from(valueOf number)', () => Buffer.from({ valueOf() { return 5; } }));
t('from(valueOf array)', () => Buffer.from({ valueOf() { return [1, 2]; } }));
t('from(toPrimitive)', () => Buffer.from({ [Symbol.toPrimitive](hint) { return hint + '!'; } }));
t('from(toPrimitive, hex)', () => Buffer.from({ [Symbol.toPrimitive]() { return 'abcd'; } }, 'hex'));
t('from(toPrimitive number)', () => Buffer.from({ [Symbol.toPrimitive]() { return 1; } }));
t('from(new Number)', () => Buffer.from(new Number(5)));
t('from()', () => Buffer.from());
t('from(5)', () => Buffer.from(5));
t('from(true)', () => Buffer.from(true));
t('from(null)', () => Buffer.from(null));
t('from({})', () => Buffer.from({}));
t('from(function)', () => Buffer.from(function named() {}));
t('from(1n)', () => Buffer.from(1n));
t('from(Symbol)', () => Buffer.from(Symbol('s')));

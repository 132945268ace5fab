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

const ab = new ArrayBuffer(8);
const u8 = new Uint8Array(ab);
for (let i = 0; i < 8; i++) u8[i] = i + 1;
t('from(ab)', () => Buffer.from(ab));
t('from(ab, 2)', () => Buffer.from(ab, 2));
t('from(ab, 2, 3)', () => Buffer.from(ab, 2, 3));
t('from(ab, 8)', () => Buffer.from(ab, 8));
t('from(ab, 0, 0)', () => Buffer.from(ab, 0, 0));
t('from(ab, 9)', () => Buffer.from(ab, 9));
t('from(ab, 2, 7)', () => Buffer.from(ab, 2, 7));
t('from(ab, -1)', () => Buffer.from(ab, -1));
t('from(ab, 1.5)', () => Buffer.from(ab, 1.5));
t('from(ab, 1.5, 2.5)', () => Buffer.from(ab, 1.5, 2.5));
t('from(ab, "2", "3")', () => Buffer.from(ab, '2', '3'));
t('from(ab, NaN, NaN)', () => Buffer.from(ab, NaN, NaN));
t('from(ab, -0.5)', () => Buffer.from(ab, -0.5));
t('from(ab, 2, -1)', () => Buffer.from(ab, 2, -1));
t('from(ab, null, null)', () => Buffer.from(ab, null, null));
t('from(ab, undefined, 2)', () => Buffer.from(ab, undefined, 2));
t('view shares memory', () => { const b = Buffer.from(ab, 1, 2); b[0] = 99; return u8[1]; });
t('byteOffset/length', () => { const b = Buffer.from(ab, 3, 4); return [b.byteOffset, b.length, b.buffer === ab].join(); });
t('from(typed.buffer)', () => { const f = new Float64Array([1]); return Buffer.from(f.buffer); });
t('from(empty ab)', () => Buffer.from(new ArrayBuffer(0)));
t('from(empty ab, 1)', () => Buffer.from(new ArrayBuffer(0), 1));
t('from(ab, {})', () => Buffer.from(ab, {}));
t('from(ab, "x", 2)', () => Buffer.from(ab, 'x', 2));

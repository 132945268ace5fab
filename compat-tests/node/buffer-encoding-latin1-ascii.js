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

const codes = (s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i).toString(16)).join(' ');
const all = Buffer.alloc(256);
for (let i = 0; i < 256; i++) all[i] = i;
t('latin1 decode all', () => codes(all.toString('latin1')));
t('binary decode all', () => all.toString('binary') === all.toString('latin1'));
t('ascii decode all', () => codes(all.toString('ascii')));
t('latin1 encode', () => Buffer.from('a\u00e9\u00ff\u0100\u20ac\ud83d\ude00', 'latin1'));
t('ascii encode', () => Buffer.from('a\u00e9\u00ff\u0100\u20ac\ud83d\ude00', 'ascii'));
t('binary encode', () => Buffer.from('\u00ff\u01ff', 'binary'));
t('latin1 roundtrip', () => { const s = all.toString('latin1'); return Buffer.from(s, 'latin1').equals(all); });
t('ascii roundtrip', () => Buffer.from(all.toString('ascii'), 'ascii').toString('hex').slice(250, 270));
t('latin1 byteLength', () => Buffer.byteLength('\u00e9\u20ac', 'latin1'));
t('ascii byteLength', () => Buffer.byteLength('\u00e9\u20ac', 'ascii'));
t('latin1 write', () => { const b = Buffer.alloc(3); return b.write('\u00e9\u20acab', 'latin1') + ' ' + b.toString('hex'); });
t('ascii write', () => { const b = Buffer.alloc(3); return b.write('\u00e9\u20acab', 'ascii') + ' ' + b.toString('hex'); });
t('latin1 range', () => all.toString('latin1', 250, 253).length);
t('ascii ASCII name', () => all.toString('ASCII', 65, 70));
t('long latin1', () => { const s = '\u00e9'.repeat(2000); return Buffer.from(s, 'latin1').toString('latin1') === s; });

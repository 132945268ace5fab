'use strict';
const { t } = require('./fixtures/show');

const b = Buffer.from('h\u00e9llo');
for (const m of ['ascii', 'base64', 'base64url', 'latin1', 'hex', 'ucs2', 'utf8']) {
  t(m + 'Slice()', () => b[m + 'Slice']());
  t(m + 'Slice(1, 3)', () => b[m + 'Slice'](1, 3));
  t(m + 'Slice(3, 1)', () => b[m + 'Slice'](3, 1));
  t(m + 'Slice(6)', () => b[m + 'Slice'](6));
  t(m + 'Slice(7)', () => b[m + 'Slice'](7));
  t(m + 'Slice(0, 7)', () => b[m + 'Slice'](0, 7));
  t(m + 'Slice(-1)', () => b[m + 'Slice'](-1));
  t(m + 'Slice(1.9, "3")', () => b[m + 'Slice'](1.9, '3'));
  t(m + 'Slice(NaN, null)', () => b[m + 'Slice'](NaN, null));
  const w = (label, fn) => t(m + label, () => { const x = Buffer.alloc(6, 0x2e); const n = fn(x); return n + ' ' + x.toString('hex'); });
  w('Write("abcd")', (x) => x[m + 'Write']('abcd'));
  w('Write("abcd", 4)', (x) => x[m + 'Write']('abcd', 4));
  w('Write("abcd", 1, 2)', (x) => x[m + 'Write']('abcd', 1, 2));
  w('Write("abcd", 6)', (x) => x[m + 'Write']('abcd', 6));
  w('Write("abcd", 7)', (x) => x[m + 'Write']('abcd', 7));
  w('Write("abcd", -1)', (x) => x[m + 'Write']('abcd', -1));
  w('Write("abcd", 0, -1)', (x) => x[m + 'Write']('abcd', 0, -1));
  w('Write("abcd", 0, 100)', (x) => x[m + 'Write']('abcd', 0, 100));
  w('Write("abcd", 1.5, "2")', (x) => x[m + 'Write']('abcd', 1.5, '2'));
  w('Write(5)', (x) => x[m + 'Write'](5));
  w('Write()', (x) => x[m + 'Write']());
}

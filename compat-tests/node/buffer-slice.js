'use strict';
const { t } = require('./fixtures/show');

const base = () => Buffer.from('abcdefgh');
for (const m of ['slice', 'subarray']) {
  const cases = [[], [2], [2, 5], [-3], [-3, -1], [5, 2], [0, 100], [-100, 3], [1.9, 4.9], ['2', '4'], [NaN, 3], [null, 2], [undefined, 2], [2, undefined], [2, null], [Infinity], [-Infinity, Infinity], [8], [9], [{}, []]];
  for (const args of cases) {
    t(m + '(' + args.map(String).join(', ') + ')', () => base()[m](...args));
  }
  t(m + ' is a view', () => { const b = base(); const s = b[m](2, 4); s[0] = 0x5a; return b.toString(); });
  t(m + ' isBuffer', () => Buffer.isBuffer(base()[m](1)));
  t(m + ' byteOffset', () => { const b = base(); return b[m](3).byteOffset - b.byteOffset; });
  t(m + ' same buffer', () => { const b = base(); return b[m](3).buffer === b.buffer; });
  t(m + ' nested', () => base()[m](1, 7)[m](1, -1));
  t(m + ' on Uint8Array', () => Buffer.prototype[m].call(new Uint8Array([1, 2, 3]), 1));
  t(m + ' on Uint8Array isBuffer', () => Buffer.isBuffer(Buffer.prototype[m].call(new Uint8Array([1, 2, 3]), 1)));
  t(m + ' Symbol arg', () => base()[m](Symbol('x')));
}
t('Uint8Array.prototype.slice copies', () => { const b = base(); const s = Uint8Array.prototype.slice.call(b, 0, 2); s[0] = 0; return [b.toString(), Buffer.isBuffer(s)].join(); });

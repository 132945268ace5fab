'use strict';
const { t } = require('./fixtures/show');

const values = [0, -0, 1, -1.5, 0.1, 3.4028234663852886e38, 3.5e38, -3.5e38, 1e-45, 1e-46, 5e-324, 1.7976931348623157e308, Infinity, -Infinity, NaN, 123.456, '2.5', null, undefined, true, {}, [7]];
for (const m of ['writeFloatLE', 'writeFloatBE', 'writeDoubleLE', 'writeDoubleBE']) {
  const size = m.includes('Float') ? 4 : 8;
  const read = m.replace('write', 'read');
  for (const v of values) {
    t(m + '(' + String(v) + ')', () => { const b = Buffer.alloc(size + 1); const r = b[m](v, 1); return r + ' ' + b.toString('hex') + ' ' + b[read](1); });
  }
  t(m + ' default offset', () => { const b = Buffer.alloc(size); return b[m](1) + ' ' + b.toString('hex'); });
  t(m + ' offset -1', () => Buffer.alloc(size)[m](1, -1));
  t(m + ' offset 1', () => Buffer.alloc(size)[m](1, 1));
  t(m + ' offset 0.5', () => Buffer.alloc(size + 1)[m](1, 0.5));
  t(m + ' offset "0"', () => Buffer.alloc(size)[m](1, '0'));
  t(m + ' on empty', () => Buffer.alloc(0)[m](1, 0));
  t(m + ' BigInt', () => Buffer.alloc(size)[m](1n, 0));
  t(read + '()', () => Buffer.from([0x40, 0x49, 0x0f, 0xdb, 0x54, 0x44, 0x2d, 0x18])[read]());
  t(read + '(1)', () => Buffer.from([0x40, 0x49, 0x0f, 0xdb, 0x54, 0x44, 0x2d, 0x18, 0])[read](1));
  t(read + '(-1)', () => Buffer.alloc(8)[read](-1));
  t(read + '(1.5)', () => Buffer.alloc(9)[read](1.5));
  t(read + '("0")', () => Buffer.alloc(8)[read]('0'));
  t(read + '(NaN)', () => Buffer.alloc(8)[read](NaN));
  t(read + '(past end)', () => Buffer.alloc(8)[read](5));
  t(read + ' on short', () => Buffer.alloc(3)[read](0));
}
t('NaN payload read', () => Buffer.from([0x7f, 0xf8, 0, 0, 0, 0, 0, 1]).readDoubleBE());
t('float NaN payload read', () => Buffer.from([0x7f, 0xc0, 0, 1]).readFloatBE());
t('-0 sign', () => 1 / Buffer.from([0x80, 0, 0, 0]).readFloatBE());
t('float rounding', () => { const b = Buffer.alloc(4); b.writeFloatLE(0.1); return b.readFloatLE(); });
t('float ties', () => { const b = Buffer.alloc(4); b.writeFloatBE(16777217); return b.readFloatBE(); });

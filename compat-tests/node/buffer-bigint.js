'use strict';
const { show, t } = require('./fixtures/show');

const values = [0n, 1n, -1n, 255n, 2n ** 63n - 1n, 2n ** 63n, -(2n ** 63n), -(2n ** 63n) - 1n, 2n ** 64n - 1n, 2n ** 64n, 0x0102030405060708n, 1, 0, 1.5, NaN, 2 ** 64, -1, '1', true, null, undefined];
for (const m of ['writeBigInt64LE', 'writeBigInt64BE', 'writeBigUInt64LE', 'writeBigUInt64BE', 'writeBigUint64LE', 'writeBigUint64BE']) {
  const read = m.replace('write', 'read');
  for (const v of values) {
    t(m + '(' + show(v) + ')', () => { const b = Buffer.alloc(9); const r = b[m](v, 1); return r + ' ' + b.toString('hex') + ' ' + show(b[read](1)); });
  }
  t(m + ' default offset', () => { const b = Buffer.alloc(8); return b[m](5n) + ' ' + b.toString('hex'); });
  t(m + ' offset 1', () => Buffer.alloc(8)[m](1n, 1));
  t(m + ' offset -1', () => Buffer.alloc(8)[m](1n, -1));
  t(m + ' offset 0.5', () => Buffer.alloc(9)[m](1n, 0.5));
  t(m + ' offset "0"', () => Buffer.alloc(8)[m](1n, '0'));
  t(m + ' bad value bad offset', () => Buffer.alloc(8)[m](2n ** 70n, 'x'));
  t(m + ' number bad offset', () => Buffer.alloc(8)[m](1, 'x'));
  t(m + ' on short', () => Buffer.alloc(7)[m](1n));
}
const src = Buffer.from([0xff, 0xfe, 0xfd, 0xfc, 0xfb, 0xfa, 0xf9, 0xf8, 0x01]);
for (const m of ['readBigInt64LE', 'readBigInt64BE', 'readBigUInt64LE', 'readBigUInt64BE', 'readBigUint64LE', 'readBigUint64BE']) {
  t(m + '()', () => src[m]());
  t(m + '(1)', () => src[m](1));
  t(m + '(2)', () => src[m](2));
  t(m + '(-1)', () => src[m](-1));
  t(m + '(1.5)', () => src[m](1.5));
  t(m + '(1n)', () => src[m](1n));
  t(m + ' on short', () => Buffer.alloc(7)[m]());
  t(m + ' type', () => typeof src[m]());
}

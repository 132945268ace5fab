'use strict';
const { t } = require('./fixtures/show');

const src = Buffer.from([0x01, 0x02, 0x83, 0x84, 0xf5, 0xf6, 0x07, 0x88]);
for (const m of ['readUIntLE', 'readUIntBE', 'readUintLE', 'readUintBE', 'readIntLE', 'readIntBE']) {
  for (let bl = 1; bl <= 6; bl++) {
    const vals = [];
    for (let off = 0; off <= 8 - bl; off++) vals.push(src[m](off, bl));
    console.log(m, bl, vals.join(' '));
  }
  t(m + '(0, 0)', () => src[m](0, 0));
  t(m + '(0, 7)', () => src[m](0, 7));
  t(m + '(0, -1)', () => src[m](0, -1));
  t(m + '(0, 1.5)', () => src[m](0, 1.5));
  t(m + '(0, "2")', () => src[m](0, '2'));
  t(m + '(0)', () => src[m](0));
  t(m + '(0, NaN)', () => src[m](0, NaN));
  t(m + '()', () => src[m]());
  t(m + '(undefined, 2)', () => src[m](undefined, 2));
  t(m + '(null, 2)', () => src[m](null, 2));
  t(m + '(-1, 2)', () => src[m](-1, 2));
  t(m + '(7, 2)', () => src[m](7, 2));
  t(m + '(3, 6)', () => src[m](3, 6));
  t(m + '(1.5, 3)', () => src[m](1.5, 3));
  t(m + '("1", 3)', () => src[m]('1', 3));
  t(m + ' empty', () => Buffer.alloc(0)[m](0, 3));
  t(m + ' short', () => Buffer.alloc(2)[m](0, 5));
}
const writes = [
  ['writeUIntLE', [0, 1, 255, 256, 0xffffff, 2 ** 40 - 1, 2 ** 48 - 1, 2 ** 48, -1, 1.5, 2 ** 47 + 0.5]],
  ['writeUIntBE', [0x123456, 2 ** 48 - 1, 2 ** 48]],
  ['writeUintLE', [0x0102]],
  ['writeUintBE', [0x0102]],
  ['writeIntLE', [-1, -128, 127, -(2 ** 47), 2 ** 47 - 1, 2 ** 47, -(2 ** 47) - 1, -1.5, -(2 ** 39)]],
  ['writeIntBE', [-2, -(2 ** 23), 2 ** 23]],
];
for (const [m, values] of writes) {
  for (let bl = 1; bl <= 6; bl++) {
    for (const v of values) {
      t(m + '(' + v + ', 1, ' + bl + ')', () => { const b = Buffer.alloc(8, 0xaa); const r = b[m](v, 1, bl); return r + ' ' + b.toString('hex'); });
    }
  }
  t(m + ' byteLength 0', () => Buffer.alloc(8)[m](1, 0, 0));
  t(m + ' byteLength 7', () => Buffer.alloc(8)[m](1, 0, 7));
  t(m + ' byteLength "2"', () => Buffer.alloc(8)[m](1, 0, '2'));
  t(m + ' byteLength undefined', () => Buffer.alloc(8)[m](1, 0));
  t(m + ' offset undefined bl 1', () => Buffer.alloc(8)[m](1, undefined, 1));
  t(m + ' offset undefined bl 4', () => Buffer.alloc(8)[m](1, undefined, 4));
  t(m + ' offset undefined bl 6 bad value', () => Buffer.alloc(8)[m](2 ** 50, undefined, 6));
  t(m + ' offset past end', () => Buffer.alloc(8)[m](1, 5, 4));
  t(m + ' offset -1', () => Buffer.alloc(8)[m](1, -1, 2));
  t(m + ' bad value', () => Buffer.alloc(8)[m](2 ** 60, 0, 6));
  t(m + ' bad value bl 3', () => Buffer.alloc(8)[m](2 ** 30, 0, 3));
  t(m + ' bad value bl 5', () => Buffer.alloc(8)[m](2 ** 45, 0, 5));
  t(m + ' bad value bl 1', () => Buffer.alloc(8)[m](1000, 0, 1));
}
t('round trip 48', () => { const b = Buffer.alloc(6); b.writeIntBE(-123456789012, 0, 6); return b.readIntBE(0, 6); });
t('round trip 40', () => { const b = Buffer.alloc(5); b.writeUIntLE(987654321012, 0, 5); return b.readUIntLE(0, 5); });

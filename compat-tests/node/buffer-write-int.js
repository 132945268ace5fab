'use strict';
const { t } = require('./fixtures/show');

const specs = [
  ['writeUInt8', 1, [0, 255, 256, -1, 1.5, 255.9, -0.5, NaN, '12', true, null, undefined]],
  ['writeUint8', 1, [7]],
  ['writeInt8', 1, [-128, 127, 128, -129, -1, 1.5, -1.5, '-3']],
  ['writeUInt16LE', 2, [0, 65535, 65536, -1, 0x1234, 1.7, NaN]],
  ['writeUInt16BE', 2, [0x1234, 65536]],
  ['writeUint16LE', 2, [0x1234]],
  ['writeUint16BE', 2, [0x1234]],
  ['writeInt16LE', 2, [-32768, 32767, 32768, -32769, -1, -1.5]],
  ['writeInt16BE', 2, [-2, 32768]],
  ['writeUInt32LE', 4, [0, 4294967295, 4294967296, -1, 0x12345678, 1e9 + 0.5]],
  ['writeUInt32BE', 4, [0x12345678, -1]],
  ['writeUint32LE', 4, [0x12345678]],
  ['writeUint32BE', 4, [0x12345678]],
  ['writeInt32LE', 4, [-2147483648, 2147483647, 2147483648, -2147483649, -1]],
  ['writeInt32BE', 4, [-2, 2 ** 31]],
];
for (const [m, size, values] of specs) {
  for (const v of values) {
    t(m + '(' + String(v) + ')', () => { const b = Buffer.alloc(size + 2, 0xaa); const r = b[m](v, 1); return r + ' ' + b.toString('hex'); });
  }
  t(m + ' default offset', () => { const b = Buffer.alloc(size); return b[m](1) + ' ' + b.toString('hex'); });
  t(m + ' offset -1', () => Buffer.alloc(size + 2)[m](1, -1));
  t(m + ' offset 1.5', () => Buffer.alloc(size + 2)[m](1, 1.5));
  t(m + ' offset "1"', () => Buffer.alloc(size + 2)[m](1, '1'));
  t(m + ' offset null', () => Buffer.alloc(size + 2)[m](1, null));
  t(m + ' offset NaN', () => Buffer.alloc(size + 2)[m](1, NaN));
  t(m + ' offset past end', () => Buffer.alloc(size + 2)[m](1, 3));
  t(m + ' on empty', () => Buffer.alloc(0)[m](1, 0));
  t(m + ' bad value and offset', () => Buffer.alloc(size)[m](2 ** 40, 'x'));
  t(m + ' value BigInt', () => Buffer.alloc(size)[m](1n, 0));
  t(m + ' value object', () => { const b = Buffer.alloc(size); b[m]({ valueOf() { return 3; } }, 0); return b; });
}
t('returns offset', () => Buffer.alloc(10).writeUInt32BE(1, 6));
t('round trip', () => { const b = Buffer.alloc(4); b.writeInt32LE(-123456789); return b.readInt32LE(); });

'use strict';
const { t } = require('./fixtures/show');

const b = Buffer.from([0x01, 0x82, 0xff, 0x7f, 0x80, 0x00, 0xfe, 0x10]);
const methods = ['readUInt8', 'readUint8', 'readInt8', 'readUInt16LE', 'readUInt16BE', 'readUint16LE', 'readUint16BE', 'readInt16LE', 'readInt16BE', 'readUInt32LE', 'readUInt32BE', 'readUint32LE', 'readUint32BE', 'readInt32LE', 'readInt32BE'];
for (const m of methods) {
  const values = [];
  for (let i = 0; i < b.length; i++) {
    try { values.push(b[m](i)); } catch (e) { values.push(e.code); }
  }
  console.log(m, values.join(' '));
  t(m + '()', () => b[m]());
  t(m + '(undefined)', () => b[m](undefined));
  t(m + '(-1)', () => b[m](-1));
  t(m + '(1.5)', () => b[m](1.5));
  t(m + '("1")', () => b[m]('1'));
  t(m + '(null)', () => b[m](null));
  t(m + '(NaN)', () => b[m](NaN));
  t(m + '(Infinity)', () => b[m](Infinity));
  t(m + '(-0)', () => b[m](-0));
  t(m + '(8)', () => b[m](8));
  t(m + '(2**32)', () => b[m](2 ** 32));
  t(m + '(1n)', () => b[m](1n));
  t(m + ' on empty', () => Buffer.alloc(0)[m](0));
  t(m + ' on 1 byte', () => Buffer.from([5])[m](0));
  t(m + ' on 3 bytes', () => Buffer.from([1, 2, 3])[m](0));
}
t('subarray read', () => b.subarray(2).readUInt16BE(0));
t('Uint8Array this', () => Buffer.prototype.readUInt16LE.call(new Uint8Array([1, 2]), 0));

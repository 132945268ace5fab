'use strict';
const { t } = require('./fixtures/show');

for (const s of ['', '00', 'abcdef', 'ABCDEF', 'aBcD', 'abc', 'a', 'zz11', '11zz22', '1g', '0x12', '12 34', ' 12', '1\u20ac', '\u0131\u0132', '0123456789abcdefABCDEF', '12345', 'gg']) {
  t('hex ' + JSON.stringify(s), () => Buffer.from(s, 'hex'));
  t('hex byteLength ' + JSON.stringify(s), () => Buffer.byteLength(s, 'hex'));
}
t('encode', () => Buffer.from([0, 1, 0x7f, 0x80, 0xfe, 0xff]).toString('hex'));
t('encode empty', () => Buffer.alloc(0).toString('hex'));
t('encode range', () => Buffer.from('hello').toString('hex', 1, 3));
t('write', () => { const b = Buffer.alloc(4); return b.write('aabbccddee', 'hex') + ' ' + b.toString('hex'); });
t('write odd', () => { const b = Buffer.alloc(4); return b.write('aab', 'hex') + ' ' + b.toString('hex'); });
t('write invalid', () => { const b = Buffer.alloc(4); return b.write('aaxx', 'hex') + ' ' + b.toString('hex'); });
t('write invalid first', () => { const b = Buffer.alloc(4); return b.write('xx', 'hex') + ' ' + b.toString('hex'); });
t('roundtrip', () => { const b = Buffer.alloc(256); for (let i = 0; i < 256; i++) b[i] = i; return Buffer.from(b.toString('hex'), 'hex').equals(b); });
t('long', () => Buffer.from('ab'.repeat(5000), 'hex').length);

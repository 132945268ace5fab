'use strict';
const { t } = require('./fixtures/show');

const { isAscii, isUtf8 } = require('buffer');
const samples = [[], [0x41], [0x7f], [0x80], [0xc3, 0xa9], [0xe2, 0x82, 0xac], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xc0, 0x80], [0xff], [0xef, 0xbb, 0xbf]];
for (const s of samples) {
  console.log(s.join(',') || '(empty)', isAscii(Buffer.from(s)), isUtf8(Buffer.from(s)), isAscii(new Uint8Array(s).buffer), isUtf8(new Uint8Array(s).buffer));
}
t('isUtf8(Uint16Array)', () => isUtf8(new Uint16Array([0x4141])));
t('isAscii(Uint16Array)', () => isAscii(new Uint16Array([0x80])));
t('isUtf8(subarray)', () => isUtf8(Buffer.from([0xe2, 0x82, 0xac, 0xff]).subarray(0, 3)));
t('isUtf8(string)', () => isUtf8('abc'));
t('isAscii(string)', () => isAscii('abc'));
t('isUtf8(DataView)', () => isUtf8(new DataView(new ArrayBuffer(2))));
t('isAscii(undefined)', () => isAscii());
t('isUtf8([])', () => isUtf8([]));
t('names', () => [isAscii.name, isAscii.length, isUtf8.name, isUtf8.length].join());

'use strict';
const { t } = require('./fixtures/show');

const codes = (s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i).toString(16)).join(' ');
for (const enc of ['ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'UCS2', 'UTF-16LE']) {
  t('encode ' + enc, () => Buffer.from('a\u00e9\u20ac\ud83d\ude00', enc));
}
t('lone surrogates', () => Buffer.from('\ud800x\udc00', 'ucs2'));
t('decode', () => codes(Buffer.from([0x61, 0x00, 0xac, 0x20, 0x3d, 0xd8, 0x00, 0xde]).toString('ucs2')));
t('decode lone', () => codes(Buffer.from([0x00, 0xd8, 0x61, 0x00]).toString('ucs2')));
t('decode odd length', () => codes(Buffer.from([0x61, 0x00, 0x62]).toString('ucs2')));
t('decode one byte', () => JSON.stringify(Buffer.from([0x61]).toString('ucs2')));
t('decode odd start', () => codes(Buffer.from([0x00, 0x61, 0x00, 0x62]).toString('ucs2', 1)));
t('byteLength', () => Buffer.byteLength('a\ud83d\ude00', 'ucs2'));
t('write partial unit', () => { const b = Buffer.alloc(3); return b.write('abc', 'ucs2') + ' ' + b.toString('hex'); });
t('write at odd offset', () => { const b = Buffer.alloc(5); return b.write('ab', 1, 'ucs2') + ' ' + b.toString('hex'); });
t('roundtrip', () => { const s = 'x\ud800y\udfffz\ud83d\ude00'; return Buffer.from(s, 'ucs2').toString('ucs2') === s; });
t('unaligned view', () => codes(Buffer.from([0, 0x61, 0x00, 0x62, 0x00]).subarray(1).toString('utf16le')));
t('long', () => { const s = '\u20ac'.repeat(1000); return Buffer.from(s, 'ucs2').toString('ucs2') === s; });

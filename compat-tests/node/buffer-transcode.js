'use strict';
const { t } = require('./fixtures/show');

const { transcode } = require('buffer');
const cases = [
  [[0xff, 0xfe], 'utf8'], [[0x41, 0xe2, 0x82], 'utf8'], [[0x41, 0xe2, 0x82, 0x41], 'utf8'], [[0x68, 0xe2, 0x82, 0xac, 0x6c], 'utf8'],
  [[0xf0, 0x9f, 0x98, 0x80], 'utf8'], [[0xef, 0xbf, 0xbd], 'utf8'], [[0xed, 0xa0, 0x80], 'utf8'],
  [[0x00, 0xd8, 0x41, 0x00], 'ucs2'], [[0x41, 0x00, 0x42], 'ucs2'], [[0x3d, 0xd8, 0x00, 0xde], 'ucs2'], [[0xac, 0x20, 0xe9, 0x00], 'ucs2'], [[0xfd, 0xff], 'ucs2'],
  [[0xe9, 0x41], 'latin1'], [[0xe9, 0x41], 'ascii'], [[0x7f, 0x80, 0xff], 'binary'],
];
for (const [src, from] of cases) {
  for (const to of ['utf8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii']) {
    t(from + '>' + to + ' ' + src.join(','), () => transcode(Buffer.from(src), from, to));
  }
}
t('case-insensitive names', () => transcode(Buffer.from('ab'), 'UTF-8', 'UCS-2'));
t('empty source', () => transcode(Buffer.alloc(0), 'bogus', 'x'));
t('bad from', () => transcode(Buffer.from('a'), 'bogus', 'utf8'));
t('bad to', () => transcode(Buffer.from('a'), 'utf8', 'base64'));
t('hex', () => transcode(Buffer.from('a'), 'hex', 'utf8'));
t('string source', () => transcode('abc', 'utf8', 'latin1'));
t('Uint8Array source', () => transcode(new Uint8Array([0x61]), 'utf8', 'ucs2'));
t('Uint16Array source', () => transcode(new Uint16Array([0x61]), 'utf8', 'ucs2'));
t('result isBuffer', () => Buffer.isBuffer(transcode(Buffer.from('a'), 'utf8', 'latin1')));
t('latin1 copy', () => { const s = Buffer.from([1, 2]); const r = transcode(s, 'latin1', 'latin1'); r[0] = 9; return s; });
t('errno', () => { try { transcode(Buffer.from([0xff]), 'utf8', 'ucs2'); } catch (e) { return e.errno + ' ' + e.code; } });
t('name/length', () => transcode.name + '/' + transcode.length);

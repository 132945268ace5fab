'use strict';
const { t } = require('./fixtures/show');

const codes = (s) => Array.from(s, (c) => c.codePointAt(0).toString(16)).join(' ');
const bad = [[0xe2, 0x82], [0xe2, 0x82, 0x41], [0xff], [0xfe, 0xff], [0xc0, 0x80], [0xc1, 0xbf], [0xed, 0xa0, 0x80], [0xed, 0x9f, 0xbf], [0xf0, 0x90, 0x80], [0xf0, 0x8f, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xf4, 0x8f, 0xbf, 0xbf], [0xf5, 0x80], [0xe0, 0x80, 0x80], [0xe0, 0xa0, 0x80], [0x80], [0x80, 0x80, 0x41], [0xc2], [0xc2, 0x41], [0xe2, 0x28, 0xa1], [0xf0, 0x28, 0x8c, 0xbc], [0xef, 0xbf, 0xbd], [0xf8, 0x88, 0x80, 0x80, 0x80]];
for (const arr of bad) {
  const s = Buffer.from(arr).toString('utf8');
  console.log(arr.map((x) => x.toString(16)).join(','), s.length, codes(s));
}
t('roundtrip', () => Buffer.from('h\u00e9llo w\u00f6rld \u20ac \ud83d\ude00').toString() === 'h\u00e9llo w\u00f6rld \u20ac \ud83d\ude00');
t('encode', () => Buffer.from('\u0000\u007f\u0080\u07ff\u0800\uffff\ud800\udc00\udbff\udfff'));
t('lone surrogates', () => Buffer.from('\ud800\udbff\udc00 \udfff'));
t('surrogate pair split by write', () => { const b = Buffer.alloc(3); return b.write('\ud83d\ude00') + ' ' + b.toString('hex'); });
t('3-byte char split by write', () => { const b = Buffer.alloc(5); return b.write('a\u20ac\u20ac') + ' ' + b.toString('hex'); });
t('partial decode', () => codes(Buffer.from('\u20ac').subarray(0, 2).toString()));
t('decode at offsets', () => { const b = Buffer.from('a\u20acb'); return [b.toString('utf8', 1, 4), codes(b.toString('utf8', 2, 5))].join('|'); });
t('BOM kept', () => codes(Buffer.from([0xef, 0xbb, 0xbf, 0x41]).toString()));
t('utf-8 alias', () => Buffer.from('\u00e9', 'utf-8').toString('UTF-8'));
t('nul bytes', () => JSON.stringify(Buffer.from([0, 0x41, 0]).toString()));
t('long invalid', () => { const s = Buffer.alloc(1000, 0xff).toString(); return s.length + ' ' + (s === '\ufffd'.repeat(1000)); });
t('long mixed', () => { const src = ('a\u00e9\u20ac\ud83d\ude00').repeat(500); return Buffer.from(src).toString() === src; });

'use strict';
const { t } = require('./fixtures/show');

const samples = ['', 'abc', 'h\u00e9llo', '\u20ac', '\ud83d\ude00', '\ud800', 'a\udc00', 'aGVsbG8=', 'aGVsbG8', 'aGVsbG8==', '=', '==', 'a=', 'abc=def', 'abcdef', 'abcde', '  YQ  ', '\u00ff\u0100'];
const encodings = [undefined, 'utf8', 'UTF-8', 'ucs2', 'utf16le', 'latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url', 'bogus', '', null, 5];
for (const s of samples) {
  console.log(JSON.stringify(s), encodings.map((e) => Buffer.byteLength(s, e)).join(' '));
}
t('Buffer', () => Buffer.byteLength(Buffer.alloc(5)));
t('Uint16Array', () => Buffer.byteLength(new Uint16Array(3)));
t('Float64Array', () => Buffer.byteLength(new Float64Array(2)));
t('DataView', () => Buffer.byteLength(new DataView(new ArrayBuffer(7), 2)));
t('ArrayBuffer', () => Buffer.byteLength(new ArrayBuffer(9)));
t('subarray', () => Buffer.byteLength(Buffer.alloc(10).subarray(2, 5)));
t('number', () => Buffer.byteLength(5));
t('undefined', () => Buffer.byteLength());
t('null', () => Buffer.byteLength(null));
t('object', () => Buffer.byteLength({}));
t('array', () => Buffer.byteLength([1, 2]));
t('String object', () => Buffer.byteLength(new String('abc')));
t('long', () => Buffer.byteLength('\u20ac'.repeat(1000)));

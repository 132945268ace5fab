'use strict';
const { t } = require('./fixtures/show');

t('isBuffer(Buffer)', () => Buffer.isBuffer(Buffer.alloc(1)));
t('isBuffer(Uint8Array)', () => Buffer.isBuffer(new Uint8Array(1)));
t('isBuffer(subarray)', () => Buffer.isBuffer(Buffer.alloc(4).subarray(1)));
t('isBuffer(slice)', () => Buffer.isBuffer(Buffer.alloc(4).slice(1)));
t('isBuffer(string)', () => Buffer.isBuffer('abc'));
t('isBuffer()', () => Buffer.isBuffer());
t('isBuffer(null)', () => Buffer.isBuffer(null));
t('isBuffer(fake)', () => Buffer.isBuffer(Object.create(Buffer.prototype)));
t('isBuffer(ArrayBuffer)', () => Buffer.isBuffer(new ArrayBuffer(1)));
const names = ['utf8', 'utf-8', 'UTF8', 'Utf-8', 'ucs2', 'UCS2', 'ucs-2', 'UCS-2', 'utf16le', 'UTF16LE', 'utf-16le', 'UTF-16LE', 'latin1', 'LATIN1', 'binary', 'Binary', 'base64', 'BASE64', 'base64url', 'Base64Url', 'hex', 'HEX', 'ascii', 'ASCII',
  'utf16', 'utf-16', 'latin-1', 'raw', 'raws', 'utf32', 'ucs4', '', ' utf8', 'utf8 ', 'hex\u0000'];
for (const n of names) console.log(JSON.stringify(n), Buffer.isEncoding(n));
t('isEncoding(undefined)', () => Buffer.isEncoding(undefined));
t('isEncoding(null)', () => Buffer.isEncoding(null));
t('isEncoding(1)', () => Buffer.isEncoding(1));
t('isEncoding(new String)', () => Buffer.isEncoding(new String('utf8')));
t('isEncoding({toString})', () => Buffer.isEncoding({ toString() { return 'utf8'; } }));
t('isEncoding([utf8])', () => Buffer.isEncoding(['utf8']));

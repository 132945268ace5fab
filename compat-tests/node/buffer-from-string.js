'use strict';
const { t } = require('./fixtures/show');

const encodings = ['utf8', 'utf-8', 'UTF8', 'ucs2', 'ucs-2', 'utf16le', 'utf-16le', 'latin1', 'binary', 'ascii', 'hex', 'base64', 'base64url', 'BASE64', 'Latin1', 'HEX'];
for (const enc of encodings) {
  t('from("h\u00e9llo \u20ac", ' + enc + ')', () => Buffer.from('h\u00e9llo \u20ac', enc));
  t('from("aGk-_/+=", ' + enc + ')', () => Buffer.from('aGk-_/+=', enc));
}
t('from("") ', () => Buffer.from(''));
t('from("abc", 5)', () => Buffer.from('abc', 5));
t('from("abc", null)', () => Buffer.from('abc', null));
t('from("abc", "")', () => Buffer.from('abc', ''));
t('from("abc", "bogus")', () => Buffer.from('abc', 'bogus'));
t('from("", "bogus")', () => Buffer.from('', 'bogus'));
t('from("abc", "utf16")', () => Buffer.from('abc', 'utf16'));
t('from(emoji)', () => Buffer.from('\ud83d\ude00'));
t('from(lone high)', () => Buffer.from('a\ud800b'));
t('from(lone low)', () => Buffer.from('a\udc00b'));
t('from(reversed pair)', () => Buffer.from('\ude00\ud83d'));
t('from(lone, ucs2)', () => Buffer.from('\ud800', 'ucs2'));
t('from(nul)', () => Buffer.from('a\u0000b'));
t('from(new String)', () => Buffer.from(new String('str')));
t('from(new String, hex)', () => Buffer.from(new String('0a0b'), 'hex'));
t('from(long ascii).length', () => Buffer.from('x'.repeat(10000)).length);
t('from(long unicode).length', () => Buffer.from('\u20ac'.repeat(5000)).length);
t('from(string).buffer is fresh', () => { const a = Buffer.from('a'); const b = Buffer.from('a'); a[0] = 66; return b.toString(); });

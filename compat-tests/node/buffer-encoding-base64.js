'use strict';
const { t } = require('./fixtures/show');

const inputs = ['', 'aGVsbG8=', 'aGVsbG8', 'aGVsbG8==', 'aGVs bG8=', 'aGVs\nbG8', 'aGVs\r\nbG8=', 'aG=Vsb', 'aGV*sbG8', '=aGVsbG8', 'aGVsbG8==x', 'a', 'ab', 'abc', 'abcd', 'abcd=', 'ab==cd', '_-_-', '+/+/', 'ab=c', 'a=GVs', 'YQ', 'YQ=', 'YQ==', 'YQ===', 'Y Q = =', '!!!!YQ', 'YQ!!', 'Y\u00e9Q', 'YWJj\u20acZGVm', '\u0141QQQ', 'QUJD\u0141', '////', '____', 'AAAA', '\tY\tQ\t'];
for (const s of inputs) {
  console.log(JSON.stringify(s), Buffer.from(s, 'base64').toString('hex'), Buffer.from(s, 'base64url').toString('hex'), Buffer.byteLength(s, 'base64'), Buffer.byteLength(s, 'base64url'));
}
const samples = [[], [0], [0, 0], [0, 0, 0], [0xff], [0xff, 0xfe], [0xfb, 0xff, 0xbf], [104, 101, 108, 108, 111], [0x3e, 0x3f, 0xfe, 0xff]];
for (const arr of samples) {
  const b = Buffer.from(arr);
  console.log(arr.join(','), b.toString('base64'), b.toString('base64url'), b.toString('BASE64', 1), b.toString('base64url', 0, 2));
}
t('write', () => { const b = Buffer.alloc(4); return b.write('aGVsbG8=', 'base64') + ' ' + b.toString('hex'); });
t('write url', () => { const b = Buffer.alloc(6); return b.write('-_-_', 1, 'base64url') + ' ' + b.toString('hex'); });
t('write garbage', () => { const b = Buffer.alloc(4); return b.write('!!!!', 'base64') + ' ' + b.toString('hex'); });
t('roundtrip', () => { const b = Buffer.alloc(300); for (let i = 0; i < 300; i++) b[i] = (i * 7) & 255; return Buffer.from(b.toString('base64'), 'base64').equals(b) && Buffer.from(b.toString('base64url'), 'base64url').equals(b); });
t('long with newlines', () => Buffer.from(('QUJD\n').repeat(1000), 'base64').length);
t('long with spaces', () => Buffer.from(('QUJD ').repeat(1000), 'base64').length);

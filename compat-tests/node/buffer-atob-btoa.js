'use strict';
const { t } = require('./fixtures/show');

const { atob: batob, btoa: bbtoa } = require('buffer');
const codes = (s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i).toString(16)).join(' ');
const e = (label, fn) => {
  try {
    console.log(label, '=>', codes(fn()));
  } catch (err) {
    console.log(label, '!!', err.name, err.code, err.message, err instanceof Error);
  }
};
for (const s of ['', 'YQ', 'YQ==', 'YQ=', 'YQ===', 'YWJj', 'YWJjZA', 'Y Q=\n=', '\tY\fW\rJ\nj ', 'Y', 'YWJjZ', 'YQ=a', 'Y-_a', 'YW+/', '////', 'YQ==\n', '=YQ', 'Y=Q=', 'YWJj\u00e9', '\u0141QQQ', 'YW\u0000Jj', 'aGVsbG8gd29ybGQ=']) {
  e('atob(' + JSON.stringify(s) + ')', () => atob(s));
}
e('atob()', () => atob());
e('atob(undefined)', () => atob(undefined));
e('atob(null)', () => atob(null));
e('atob(1234)', () => atob(1234));
e('atob({toString})', () => atob({ toString() { return 'YQ=='; } }));
e('module atob', () => batob('YWI='));
for (const s of ['', 'a', 'ab', 'abc', 'hello world', '\u00e9\u00ff\u0000', '\u0100', '\u20ac', '\ud83d\ude00']) {
  t('btoa(' + JSON.stringify(s) + ')', () => btoa(s));
}
t('btoa()', () => btoa());
t('btoa(undefined)', () => btoa(undefined));
t('btoa(null)', () => btoa(null));
t('btoa(12)', () => btoa(12));
t('btoa({toString})', () => btoa({ toString() { return 'x'; } }));
t('module btoa', () => bbtoa('ab'));
t('roundtrip', () => atob(btoa('\u0000\u0001\u00fe\u00ff')) === '\u0000\u0001\u00fe\u00ff');
t('names', () => [atob.name, atob.length, btoa.name, btoa.length].join());
try { atob('!'); } catch (err) { console.log('error class', err.name, err.code, typeof err.message); }
e('atob(Symbol)', () => atob(Symbol('s')));
t('btoa(Symbol)', () => btoa(Symbol('s')));

'use strict';
const { t } = require('./fixtures/show');

const a = Buffer.from('abc');
t('equals same', () => a.equals(a));
t('equals copy', () => a.equals(Buffer.from('abc')));
t('equals other', () => a.equals(Buffer.from('abd')));
t('equals shorter', () => a.equals(Buffer.from('ab')));
t('equals empty', () => Buffer.alloc(0).equals(Buffer.alloc(0)));
t('equals Uint8Array', () => a.equals(new Uint8Array([97, 98, 99])));
t('equals subarray', () => Buffer.from('xabcx').subarray(1, 4).equals(a));
t('equals string', () => a.equals('abc'));
t('equals undefined', () => a.equals());
t('equals Uint16Array', () => a.equals(new Uint16Array(2)));
t('equals ArrayBuffer', () => a.equals(new ArrayBuffer(3)));
t('equals array', () => a.equals([97, 98, 99]));
t('equals number', () => a.equals(1));

'use strict';
const { t } = require('./fixtures/show');

t('toJSON', () => Buffer.from([1, 2, 255]).toJSON());
t('toJSON empty', () => Buffer.alloc(0).toJSON());
t('stringify', () => JSON.stringify(Buffer.from('hi')));
t('stringify nested', () => JSON.stringify({ b: Buffer.from([0]), n: 1 }));
t('round trip', () => Buffer.from(JSON.parse(JSON.stringify(Buffer.from('round')))).toString());
t('type', () => typeof Buffer.from('a').toJSON().data);
t('isArray', () => Array.isArray(Buffer.from('a').toJSON().data));
t('keys', () => Object.keys(Buffer.from('a').toJSON()).join());
t('subarray toJSON', () => Buffer.from([1, 2, 3]).subarray(1).toJSON());

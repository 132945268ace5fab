'use strict';
const { t } = require('./fixtures/show');

t('of()', () => Buffer.of());
t('of(1, 2, 3)', () => Buffer.of(1, 2, 3));
t('of(256, -1, 1.7)', () => Buffer.of(256, -1, 1.7));
t('of("7", "x", null, undefined, true)', () => Buffer.of('7', 'x', null, undefined, true));
t('of({valueOf})', () => Buffer.of({ valueOf() { return 65; } }));
t('of isBuffer', () => Buffer.isBuffer(Buffer.of(1)));
t('of(NaN, Infinity, -Infinity)', () => Buffer.of(NaN, Infinity, -Infinity));
t('of(2**32 + 5)', () => Buffer.of(2 ** 32 + 5));
t('Uint8Array.of', () => Buffer.from(Uint8Array.of(1, 2)));

'use strict';
const { t } = require('./fixtures/show');

t('swap16', () => Buffer.from([1, 2, 3, 4]).swap16());
t('swap32', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap32());
t('swap64', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]).swap64());
t('swap16 empty', () => Buffer.alloc(0).swap16());
t('swap16 odd', () => Buffer.from([1, 2, 3]).swap16());
t('swap32 6 bytes', () => Buffer.alloc(6).swap32());
t('swap64 12 bytes', () => Buffer.alloc(12).swap64());
t('swap16 returns this', () => { const b = Buffer.alloc(2); return b.swap16() === b; });
t('swap16 large', () => { const b = Buffer.alloc(256); for (let i = 0; i < 256; i++) b[i] = i; b.swap16(); return b.subarray(0, 6); });
t('swap32 large', () => { const b = Buffer.alloc(256); for (let i = 0; i < 256; i++) b[i] = i; b.swap32(); return b.subarray(248); });
t('swap64 large', () => { const b = Buffer.alloc(256); for (let i = 0; i < 256; i++) b[i] = i; b.swap64(); return b.subarray(240, 256); });
t('swap16 subarray', () => { const b = Buffer.from([1, 2, 3, 4, 5]); b.subarray(1, 5).swap16(); return b; });
t('swap16 utf16', () => Buffer.from('ab', 'utf16le').swap16().toString('hex'));

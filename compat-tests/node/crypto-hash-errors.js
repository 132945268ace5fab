// Hash objects: copy(), finalization, unknown algorithms and bad input.
'use strict';
const crypto = require('crypto');

function show(label, f) {
  try {
    const r = f();
    console.log(label, typeof r === 'string' ? r : JSON.stringify(r));
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e instanceof Error);
  }
}

show('copy independent', () => {
  const h = crypto.createHash('sha256').update('ab');
  const c = h.copy();
  h.update('c');
  return [h.digest('hex'), c.digest('hex'), c.update === h.update];
});
show('copy of copy', () => crypto.createHash('md5').update('a').copy().copy().update('bc').digest('hex'));
show('copy xof', () => {
  const h = crypto.createHash('shake128').update('data');
  return [h.copy({ outputLength: 4 }).digest('hex'), h.copy().digest('hex'), h.digest('hex')];
});
show('digest twice', () => { const h = crypto.createHash('md5'); h.digest(); return h.digest(); });
show('update after digest', () => { const h = crypto.createHash('md5'); h.digest('hex'); return h.update('x'); });
show('copy after digest', () => { const h = crypto.createHash('md5'); h.digest(); return h.copy(); });
show('unknown algorithm', () => crypto.createHash('nope'));
show('unsupported spelling', () => crypto.createHash('sha512/256'));
show('algorithm missing', () => crypto.createHash());
show('algorithm number', () => crypto.createHash(256));
show('algorithm object', () => crypto.createHash({}));
show('update number', () => crypto.createHash('md5').update(1));
show('update missing', () => crypto.createHash('md5').update());
show('update null', () => crypto.createHash('md5').update(null));
show('update arraybuffer', () => crypto.createHash('md5').update(new ArrayBuffer(4)));
show('update odd hex', () => crypto.createHash('md5').update('abc', 'hex'));
show('output length fixed', () => crypto.createHash('sha256', { outputLength: 16 }));
show('output length negative', () => crypto.createHash('shake128', { outputLength: -1 }));
show('output length type', () => crypto.createHash('shake128', { outputLength: '4' }));
show('output length float', () => crypto.createHash('shake128', { outputLength: 1.5 }));
show('Hash class', () => [crypto.Hash.name, crypto.Hash.length, crypto.createHash('md5') instanceof crypto.Hash]);
show('Hash without new', () => crypto.Hash('sha1').update('x').digest('hex'));
show('own keys', () => Object.keys(crypto.createHash('md5')));
show('getHashes', () => {
  const names = crypto.getHashes();
  return [Array.isArray(names), ['md5', 'sha1', 'sha256', 'sha512', 'sha3-256', 'RSA-SHA256'].every((n) => names.includes(n))];
});

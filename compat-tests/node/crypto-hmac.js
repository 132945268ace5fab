// createHmac: known vectors, key kinds, encodings and errors.
'use strict';
const crypto = require('crypto');

function show(label, f) {
  try {
    const r = f();
    console.log(label, typeof r === 'string' ? JSON.stringify(r) : JSON.stringify(r));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const fox = 'The quick brown fox jumps over the lazy dog';

for (const alg of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha512-256', 'sha3-256']) {
  show(alg, () => crypto.createHmac(alg, 'key').update(fox).digest('hex'));
}
show('RFC 4231 case 2', () => crypto.createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest('hex'));
show('empty key and data', () => crypto.createHmac('sha1', '').update('').digest('hex'));
show('long key', () => crypto.createHmac('sha256', 'k'.repeat(200)).update('x').digest('base64'));
show('buffer key', () => crypto.createHmac('sha256', Buffer.from('key')).update(fox).digest('hex'));
show('typed key', () => crypto.createHmac('sha256', new Uint8Array([107, 101, 121])).update(fox).digest('hex'));
show('arraybuffer key', () => crypto.createHmac('sha256', new Uint8Array([107, 101, 121]).buffer).update(fox).digest('hex'));
show('dataview key', () => crypto.createHmac('md5', new DataView(new Uint8Array([1, 2]).buffer)).digest('hex'));
show('hex key encoding', () => crypto.createHmac('sha256', '6b6579', { encoding: 'hex' }).update(fox).digest('hex'));
show('chunked', () => crypto.createHmac('sha256', 'key').update('The quick ').update(Buffer.from('brown fox ')).update('jumps over the lazy dog').digest('hex'));
show('input encoding', () => crypto.createHmac('sha256', 'key').update('aGk=', 'base64').digest('hex'));
show('base64', () => crypto.createHmac('sha1', 'key').update(fox).digest('base64'));
show('base64url', () => crypto.createHmac('sha1', 'key').update(fox).digest('base64url'));
show('latin1', () => crypto.createHmac('md5', 'key').update(fox).digest('latin1'));
show('buffer out', () => { const b = crypto.createHmac('md5', 'key').digest(); return [Buffer.isBuffer(b), b.length]; });
show('digest twice', () => { const h = crypto.createHmac('md5', 'k'); h.digest(); return [h.digest('hex'), h.digest().length]; });
show('update after digest', () => { const h = crypto.createHmac('md5', 'k'); h.digest(); return h.update('x'); });
show('bad digest', () => crypto.createHmac('nope', 'k'));
show('missing key', () => crypto.createHmac('sha256'));
show('number key', () => crypto.createHmac('sha256', 5));
show('null key', () => crypto.createHmac('sha256', null));
show('bad name', () => crypto.createHmac(1, 'k'));
show('bad data', () => crypto.createHmac('md5', 'k').update({}));
show('class', () => [crypto.Hmac.name, crypto.Hmac.length, crypto.createHmac('md5', 'k') instanceof crypto.Hmac, typeof crypto.createHmac('md5', 'k').copy]);
show('own keys', () => Object.keys(crypto.createHmac('md5', 'k')));

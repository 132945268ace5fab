// timingSafeEqual over the byte views Node accepts, and its errors.
'use strict';
const crypto = require('crypto');

function show(label, f) {
  try {
    console.log(label, JSON.stringify(f()));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

show('equal', () => crypto.timingSafeEqual(Buffer.from('secret'), Buffer.from('secret')));
show('differ last', () => crypto.timingSafeEqual(Buffer.from('secret'), Buffer.from('secreT')));
show('differ first', () => crypto.timingSafeEqual(Buffer.from('secret'), Buffer.from('Secret')));
show('empty', () => crypto.timingSafeEqual(Buffer.alloc(0), Buffer.alloc(0)));
show('hmac compare', () => {
  const a = crypto.createHmac('sha256', 'k').update('m').digest();
  const b = crypto.createHmac('sha256', 'k').update('m').digest();
  return crypto.timingSafeEqual(a, b);
});
show('Uint8Array', () => crypto.timingSafeEqual(new Uint8Array([1, 2]), Buffer.from([1, 2])));
show('Uint16Array vs bytes', () => crypto.timingSafeEqual(new Uint16Array([0x0201]), Buffer.from([1, 2])));
show('Float64Array', () => crypto.timingSafeEqual(new Float64Array([1]), new Float64Array([1])));
show('DataView', () => crypto.timingSafeEqual(new DataView(new ArrayBuffer(2)), Buffer.alloc(2)));
show('ArrayBuffer', () => crypto.timingSafeEqual(new ArrayBuffer(3), new Uint8Array(3)));
show('subarray', () => crypto.timingSafeEqual(Buffer.from('xxab').subarray(2), Buffer.from('ab')));
show('length mismatch', () => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')));
show('length mismatch views', () => crypto.timingSafeEqual(new Uint16Array(1), new Uint8Array(1)));
show('string first', () => crypto.timingSafeEqual('a', Buffer.from('a')));
show('string second', () => crypto.timingSafeEqual(Buffer.from('a'), 'a'));
show('missing', () => crypto.timingSafeEqual());
show('array', () => crypto.timingSafeEqual([1], [1]));
show('name', () => [crypto.timingSafeEqual.name, crypto.timingSafeEqual.length]);

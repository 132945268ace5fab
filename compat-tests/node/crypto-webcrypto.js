// randomUUID (format by regex), crypto.webcrypto and the global crypto:
// getRandomValues, its quota and type checks, and subtle.digest.
'use strict';
const nodeCrypto = require('crypto');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
function show(label, f) {
  try {
    console.log(label, JSON.stringify(f()));
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e instanceof Error);
  }
}

show('randomUUID format', () => UUID.test(nodeCrypto.randomUUID()));
show('randomUUID many', () => {
  const set = new Set();
  for (let i = 0; i < 200; i++) set.add(nodeCrypto.randomUUID());
  return set.size === 200 && [...set].every((u) => UUID.test(u));
});
show('randomUUID options', () => UUID.test(nodeCrypto.randomUUID({ disableEntropyCache: true })));
show('randomUUID bad options', () => nodeCrypto.randomUUID('x'));
show('randomUUID null options', () => nodeCrypto.randomUUID(null));
show('randomUUID bad cache', () => nodeCrypto.randomUUID({ disableEntropyCache: 'yes' }));
show('global randomUUID', () => UUID.test(crypto.randomUUID()));
show('same object', () => [nodeCrypto.webcrypto === globalThis.crypto, nodeCrypto.subtle === crypto.subtle]);
show('tags', () => [Object.prototype.toString.call(crypto), Object.prototype.toString.call(crypto.subtle), crypto.constructor.name]);
show('proto', () => Object.getOwnPropertyNames(Object.getPrototypeOf(crypto)));
show('own keys', () => Object.keys(crypto));
show('descriptor', () => { const d = Object.getOwnPropertyDescriptor(globalThis, 'crypto'); return [typeof d.get, d.set, d.enumerable, d.configurable]; });
show('illegal constructor', () => new crypto.constructor());
show('getRandomValues same', () => { const u = new Uint8Array(16); return crypto.getRandomValues(u) === u; });
show('getRandomValues types', () => ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array']
  .map((t) => crypto.getRandomValues(new globalThis[t](4)).length));
show('getRandomValues Buffer', () => crypto.getRandomValues(Buffer.alloc(8)).constructor.name);
show('getRandomValues fills', () => crypto.getRandomValues(new Uint32Array(64)).some((x) => x !== 0));
show('getRandomValues 65536', () => crypto.getRandomValues(new Uint8Array(65536)).length);
show('getRandomValues 16384 u32', () => crypto.getRandomValues(new Uint32Array(16384)).length);
show('getRandomValues quota', () => crypto.getRandomValues(new Uint8Array(65537)));
show('getRandomValues quota u32', () => crypto.getRandomValues(new Uint32Array(16385)));
show('getRandomValues float', () => crypto.getRandomValues(new Float32Array(2)));
show('getRandomValues DataView', () => crypto.getRandomValues(new DataView(new ArrayBuffer(2))));
show('getRandomValues number', () => crypto.getRandomValues(5));
show('getRandomValues missing', () => crypto.getRandomValues());
show('getRandomValues this', () => crypto.getRandomValues.call({}, new Uint8Array(2)));
show('module getRandomValues', () => nodeCrypto.getRandomValues(new Uint16Array(3)).length);
show('module getRandomValues missing', () => nodeCrypto.getRandomValues());
show('module getRandomValues detached this', () => { const g = nodeCrypto.getRandomValues; return g(new Uint8Array(1)).length; });
show('randomUUID this', () => crypto.randomUUID.call({}));

const hex = (ab) => Buffer.from(ab).toString('hex');
(async () => {
  const cases = [
    ['SHA-1', Buffer.from('abc')],
    ['SHA-256', new TextEncoder().encode('abc')],
    ['sha-384', new Uint8Array([97, 98, 99]).buffer],
    [{ name: 'SHA-512' }, new DataView(new Uint8Array([97, 98, 99]).buffer)],
    ['SHA-256', new ArrayBuffer(0)],
  ];
  for (const [alg, data] of cases) {
    const out = await crypto.subtle.digest(alg, data);
    console.log('digest', JSON.stringify(alg), out instanceof ArrayBuffer, out.byteLength, hex(out));
  }
  const failures = [
    ['MD5', () => crypto.subtle.digest('MD5', new Uint8Array(1))],
    ['string data', () => crypto.subtle.digest('SHA-256', 'abc')],
    ['one argument', () => crypto.subtle.digest('SHA-256')],
    ['no arguments', () => crypto.subtle.digest()],
    ['bad this', () => crypto.subtle.digest.call({}, 'SHA-256', new Uint8Array(1))],
  ];
  for (const [label, f] of failures) {
    const p = f();
    console.log('digest', label, 'returns promise', p instanceof Promise);
    await p.then(() => console.log('resolved?'), (e) => console.log('  rejected', e.name, e.code, e.message));
  }
})();

// randomBytes, randomFillSync and randomFill: lengths, types, ranges,
// callbacks and argument errors (never the random values themselves).
'use strict';
const crypto = require('crypto');

function show(label, f) {
  try {
    console.log(label, JSON.stringify(f()));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const zeros = (v) => new Uint8Array(v.buffer || v, v.byteOffset || 0, v.byteLength).every((b) => b === 0);

for (const n of [0, 1, 16, 32, 1000, 65536]) {
  show('randomBytes ' + n, () => { const b = crypto.randomBytes(n); return [Buffer.isBuffer(b), b.length]; });
}
show('fractional size', () => crypto.randomBytes(2.9).length);
show('not all zero', () => !zeros(crypto.randomBytes(64)));
show('different each call', () => !crypto.randomBytes(32).equals(crypto.randomBytes(32)));
show('byte spread', () => new Set(crypto.randomBytes(4096)).size > 200);
show('size missing', () => crypto.randomBytes());
show('size string', () => crypto.randomBytes('8'));
show('size negative', () => crypto.randomBytes(-1));
show('size NaN', () => crypto.randomBytes(NaN));
show('size too big', () => crypto.randomBytes(2 ** 31));
show('callback not fn', () => crypto.randomBytes(4, 'cb'));

show('fillSync returns arg', () => { const b = Buffer.alloc(8); return crypto.randomFillSync(b) === b; });
show('fillSync offset', () => { const b = Buffer.alloc(16); crypto.randomFillSync(b, 8); return [zeros(b.subarray(0, 8)), zeros(b.subarray(8))]; });
show('fillSync offset size', () => { const b = Buffer.alloc(16); crypto.randomFillSync(b, 4, 4); return [zeros(b.subarray(0, 4)), zeros(b.subarray(8))]; });
show('fillSync Uint32Array units', () => { const u = new Uint32Array(4); crypto.randomFillSync(u, 2, 1); return [u[0], u[1], u[3]]; });
show('fillSync Float64Array', () => crypto.randomFillSync(new Float64Array(2)).length);
show('fillSync DataView', () => crypto.randomFillSync(new DataView(new ArrayBuffer(4))).byteLength);
show('fillSync ArrayBuffer', () => { const a = new ArrayBuffer(32); return crypto.randomFillSync(a) === a && !zeros(a); });
show('fillSync empty', () => crypto.randomFillSync(Buffer.alloc(0)).length);
show('fillSync bad buf', () => crypto.randomFillSync('abc'));
show('fillSync bad offset', () => crypto.randomFillSync(Buffer.alloc(4), 5));
show('fillSync offset type', () => crypto.randomFillSync(Buffer.alloc(4), '1'));
show('fillSync bad size', () => crypto.randomFillSync(Buffer.alloc(4), 1, 4));
show('fillSync elements overflow', () => crypto.randomFillSync(new Uint16Array(4), 0, 5));
show('fill no callback', () => crypto.randomFill(Buffer.alloc(4)));
show('fill bad buf', () => crypto.randomFill(5, () => {}));

const order = [];
crypto.randomBytes(12, function (err, buf) {
  console.log('async randomBytes', arguments.length, err, Buffer.isBuffer(buf), buf.length);
  const b = Buffer.alloc(10);
  crypto.randomFill(b, 5, (err2, same) => {
    console.log('async randomFill', err2, same === b, zeros(b.subarray(0, 5)));
    crypto.randomFill(new Uint16Array(4), 1, 2, (err3, u) => {
      console.log('async randomFill units', err3, u[0], u[3]);
      crypto.randomFill(Buffer.alloc(2), 0, 0, () => order.push('empty fill calls back at once'));
      order.push('after empty fill');
      console.log(order.join(' / '));
    });
  });
});
console.log('callback is asynchronous');

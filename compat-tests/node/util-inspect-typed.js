'use strict';
const util = require('util');
console.log(new Uint8Array([1, 2, 3]), new Uint8Array(0), new Int8Array([-1, 127]));
console.log(new Uint16Array(3), new Int16Array([-300]), new Uint32Array([4e9]), new Int32Array([-2e9]));
console.log(new Float32Array([1.5, 0.1]), new Float64Array([1.5, -0, NaN, Infinity]));
console.log(new BigInt64Array([1n, -2n]), new BigUint64Array([2n ** 64n - 1n]), new Uint8ClampedArray([300, -5]));
console.log(new Int16Array(30));
console.log(new Uint8Array(200));
console.log(util.inspect(new Uint8Array(10), { maxArrayLength: 2 }));
console.log(new ArrayBuffer(3), new ArrayBuffer(0), { buf: new Uint8Array([255, 16]).buffer });
console.log(new Uint8Array(60).buffer);
console.log(util.inspect(new ArrayBuffer(10), { maxArrayLength: 4 }));
console.log(new DataView(new ArrayBuffer(4), 1, 2));
console.log(new Uint8Array(new ArrayBuffer(8), 2, 3));
console.log(Object.assign(new Uint8Array(2), { tag: 'x' }));
class Bytes extends Uint8Array {}
console.log(new Bytes(2));
console.log(util.inspect(new Uint8Array([1]), { showHidden: true }));

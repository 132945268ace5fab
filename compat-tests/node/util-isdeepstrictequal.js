'use strict';
const util = require('util');
const pairs = [
  [1, 1], [1, '1'], [NaN, NaN], [0, -0], [{ a: [1, 2] }, { a: [1, 2] }], [{ a: 1 }, { a: '1' }],
  [[1, 2], [2, 1]], [new Map([[1, { x: 1 }]]), new Map([[1, { x: 1 }]])], [new Set([1, 2]), new Set([2, 1])],
  [new Date(0), new Date(0)], [/a/g, /a/i], [Object.create(null), {}], [[1, , 3], [1, undefined, 3]],
  [new Uint8Array([1]), new Uint8Array([1])], [{ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 1 }],
];
for (const [a, b] of pairs) console.log(util.inspect(a), util.inspect(b), util.isDeepStrictEqual(a, b));
const c1 = { n: 1 };
c1.self = c1;
const c2 = { n: 1 };
c2.self = c2;
console.log(util.isDeepStrictEqual(c1, c2));

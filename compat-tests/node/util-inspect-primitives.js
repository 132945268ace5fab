'use strict';
const util = require('util');
const values = [0, -0, 1, -1, 1.5, 0.1 + 0.2, 1e21, 1e-7, 123456789, -123.456e10, NaN, Infinity, -Infinity,
  10n, -5n, 2n ** 70n, true, false, null, undefined, Symbol('x'), Symbol(), Symbol.iterator, Symbol.for('reg'),
  '', 'abc', 2 ** 53, Number.MAX_VALUE, Number.MIN_VALUE];
for (const v of values) console.log(util.inspect(v));
console.log(values);
console.log(util.inspect(-0), [-0], { z: -0 });
console.log(util.inspect(1234567.891, { numericSeparator: true }), util.inspect(-1234n, { numericSeparator: true }));
console.log(util.inspect(0.0001234, { numericSeparator: true }), util.inspect(123456789012n, { numericSeparator: true }));
console.log(true, 5, null, undefined, 7n, Symbol('s'));

'use strict';
const util = require('util');
const nested = { a: { b: { c: { d: { e: 1 } } } }, list: Array.from({ length: 12 }, (_, i) => i) };
console.log(util.inspect.defaultOptions);
console.log(nested);
util.inspect.defaultOptions.depth = 4;
console.log(nested);
util.inspect.defaultOptions = { breakLength: Infinity, maxArrayLength: 3 };
console.log(nested);
console.log(util.inspect.defaultOptions.depth, util.inspect.defaultOptions.breakLength);
try {
  util.inspect.defaultOptions = null;
} catch (e) {
  console.log(e.name, e.code, e.message);
}
util.inspect.defaultOptions = { depth: 2, breakLength: 80, maxArrayLength: 100 };
console.log(nested);

'use strict';
const util = require('util');
const o = {
  get a() { return 1; },
  set a(v) {},
  get b() { return { nested: [1, 2] }; },
  set c(v) {},
  get d() { return null; },
  get e() { throw new Error('getter failed'); },
  get f() { return 'str'; },
};
console.log(o);
console.log(util.inspect(o, { getters: true }));
console.log(util.inspect(o, { getters: 'get' }));
console.log(util.inspect(o, { getters: 'set' }));
class WithAccessor { get prop() { return 5; } }
console.log(new WithAccessor(), util.inspect(new WithAccessor(), { getters: true }));
console.log(Object.defineProperty({}, 'x', { get() { return 1; }, enumerable: false }));
console.log(util.inspect(Object.defineProperty({}, 'x', { get() { return 1; }, enumerable: false }), { showHidden: true }));

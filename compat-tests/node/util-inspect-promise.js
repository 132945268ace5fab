'use strict';
const util = require('util');
console.log(Promise.resolve(1), Promise.resolve({ a: [1] }), new Promise(() => {}));
const rejected = Promise.reject(3);
rejected.catch(() => {});
console.log(rejected);
console.log({ p: Promise.resolve(Promise.resolve('inner')) });
console.log(Object.assign(Promise.resolve(2), { extra: 'x' }));
console.log(util.inspect(Promise.resolve({ deep: { er: { est: 1 } } }), { depth: 0 }));
async function f() { return 'done'; }
const pending = f();
console.log(pending);
pending.then((v) => {
  console.log('after', pending, v);
});

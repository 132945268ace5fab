'use strict';
const util = require('util');
function cbStyle(a, b, cb) {
  if (a < 0) cb(new Error('negative'));
  else cb(null, a + b);
}
const p = util.promisify(cbStyle);
console.log(typeof p, p.name, p.length, util.promisify(p) === p);
function multi(cb) { cb(null, 1, 2); }
function thrower() { throw new Error('sync throw'); }
function custom() {}
custom[util.promisify.custom] = () => Promise.resolve('custom result');
console.log(util.promisify(custom) === custom[util.promisify.custom]);
console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
const obj = { factor: 10, scale(x, cb) { cb(null, x * this.factor); } };
obj.scaleP = util.promisify(obj.scale);
try {
  util.promisify(42);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
(async () => {
  console.log(await p(1, 2));
  try { await p(-1, 2); } catch (e) { console.log('rejected:', e.message); }
  console.log(await util.promisify(multi)());
  try { await util.promisify(thrower)(); } catch (e) { console.log('thrown:', e.message); }
  console.log(await util.promisify(custom)());
  console.log(await obj.scaleP(4));
  const falsy = util.promisify((cb) => cb(0, 'v'));
  console.log(await falsy());
})();

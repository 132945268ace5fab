'use strict';
const util = require('util');
// Capture warnings instead of printing them with the process id.
process.emitWarning = (msg, type, code) => console.log('warning:', msg, type, typeof code === 'string' ? code : '-');
const old = util.deprecate(function oldFn(x) { return x * 2; }, 'oldFn() is deprecated', 'DEP_NODESHIM_1');
console.log(old(2), old(3));
const again = util.deprecate(() => 'again', 'same code warns once', 'DEP_NODESHIM_1');
console.log(again());
class OldClass { constructor(v) { this.v = v; } }
const Wrapped = util.deprecate(OldClass, 'OldClass is deprecated');
const inst = new Wrapped(5);
console.log(inst.v, inst instanceof OldClass, inst instanceof Wrapped);
try {
  util.deprecate('x', 'msg');
} catch (e) {
  console.log(e.name, e.code);
}
try {
  util.deprecate(() => {}, 'msg', 5);
} catch (e) {
  console.log(e.name, e.code);
}

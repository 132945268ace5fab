'use strict';
function f() {}
const anon = [function () {}, () => {}, async () => {}, function* () {}];
console.log(f, anon);
async function af() {}
function* g() {}
console.log(af, g);
class A {}
class B extends A {}
class C extends Array {}
console.log(A, B, C, class {}, class extends A {});
console.log(Object.assign(function withProps() {}, { x: 1, y: 'two' }));
console.log((function () {}).bind(null), f.bind(null), Math.max, [].push);
const o = { method() {}, get getter() { return 1; }, arrow: () => {}, async am() {} };
console.log(o);
console.log(Object.setPrototypeOf(function np() {}, null));
console.log(Object.setPrototypeOf(function obj() {}, Object.prototype));
const named = function () {};
console.log(named, { fn: function () {} });
console.log(Object.defineProperty(function renamed() {}, 'name', { value: 'other' }));

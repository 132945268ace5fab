'use strict';
const util = require('util');
class Foo { constructor() { this.a = 1; } }
class Bar extends Foo { constructor() { super(); this.b = [1, 2]; } }
class Empty {}
console.log(new Foo(), new Bar(), new Empty(), [new Foo()]);
console.log(new (class {})());
class Tagged { get [Symbol.toStringTag]() { return 'TT'; } }
console.log(new Tagged());
class M extends Map {}
class S extends Set {}
class P extends Promise {}
class D extends Date {}
class R extends RegExp {}
class E extends Error {}
console.log(new M([[1, 2]]), new S([1]), P.resolve(1), new D(0), new R('x', 'g'));
const e = new E('sub');
e.stack = 'Error: sub\n    at here (file.js:1:1)';
console.log(e);
function Legacy() { this.x = 1; }
Legacy.prototype.method = function () {};
console.log(new Legacy());
const proto = { inherited: true };
console.log(Object.create(proto), Object.assign(Object.create(proto), { own: 1 }));
console.log(Object.setPrototypeOf({ a: 1 }, Foo.prototype));
console.log(util.inspect(new Bar(), { depth: 0 }), util.inspect({ x: new Bar() }, { depth: 0 }));

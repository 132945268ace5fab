'use strict';
const util = require('util');
console.log(new Number(3), new Number(-0), new String('ab'), new Boolean(false), Object(1n), Object(Symbol('s')));
console.log(Object.assign(new Number(1), { a: 1 }), Object.assign(new String('xy'), { b: 2 }));
console.log([new Number(5), { s: new String('nested') }]);
console.log(util.inspect(new String('abc'), { showHidden: true }));
class MyNum extends Number {}
console.log(new MyNum(7));

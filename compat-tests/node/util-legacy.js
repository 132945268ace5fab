'use strict';
const util = require('util');
const values = [[], {}, null, undefined, 1, 'a', true, Symbol('s'), () => {}, new Date(), /r/, new Error('e'), new Number(1)];
for (const name of ['isArray', 'isBoolean', 'isDate', 'isError', 'isFunction', 'isNull', 'isNullOrUndefined', 'isNumber', 'isObject', 'isPrimitive', 'isRegExp', 'isString', 'isSymbol', 'isUndefined']) {
  console.log(name, values.map((v) => (util[name](v) ? 1 : 0)).join(''));
}
console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[39m plain'));
console.log(util.toUSVString('a\ud800b'), util.toUSVString('ok 😀'));
console.log(util._extend({ a: 1 }, { b: 2 }), util._extend({ a: 1 }, null));
const dbg = util.debuglog('nodeshimtest');
dbg('not printed unless NODE_DEBUG is set');
console.log(typeof dbg, dbg.enabled);
console.log(typeof util.inspect.defaultOptions, util.inspect.styles.number, util.inspect.colors.red);

'use strict';
const util = require('util');
const cases = [
  ['%s', 'str'], ['%s', 42], ['%s', -0], ['%s', 10n], ['%s', null], ['%s', undefined], ['%s', Symbol('s')],
  ['%s', { a: { b: { c: 1 } } }], ['%s', [1, [2, [3]]]], ['%s', new Date(0)], ['%s', function named() { return 1; }],
  ['%s', { toString() { return 'custom toString'; } }], ['%s', new (class T { toString() { return 'class toString'; } })()],
  ['%s', { [Symbol.toPrimitive]() { return 'prim'; } }], ['%s', Object.create(null)], ['%s', new Map([[1, 2]])],
  ['%d', 42], ['%d', '42.5'], ['%d', '0x10'], ['%d', {}], ['%d', 5n], ['%d', Symbol('x')], ['%d', -0], ['%d', ''],
  ['%i', 42.9], ['%i', '42.9x'], ['%i', -7.5], ['%i', 5n], ['%i', Symbol('x')], ['%i', 1e21],
  ['%f', '3.5abc'], ['%f', 'x'], ['%f', 2n], ['%f', Symbol('x')],
  ['%j', { a: 1, b: [1, 2] }], ['%j', 'str'], ['%j', undefined], ['%j', { toJSON() { return 'J'; } }],
  ['%o', [1, { a: 2 }]], ['%o', { f() {} }], ['%O', { a: { b: { c: { d: 1 } } } }], ['%O', 'str'],
  ['%c%s', 'color: red', 'styled'], ['100%% %s %', 5], ['%s'], ['%x %s', 1], ['%s:%s', 'a'], ['%%s %s', 'x'],
  ['%s %s', 'a', 'b', 'extra', 1, { o: 1 }], ['a\nb', { x: 1 }], ['%', 1], ['%%', 1], ['no specifiers', 'x', 2],
];
for (const args of cases) console.log(JSON.stringify(util.format(...args)));
console.log(util.format(1, 2, 'a'), util.format({ a: 1 }, 'b'), util.format(), util.format(''), util.format(null, undefined));
const circ = { name: 'c' };
circ.self = circ;
console.log(util.format('%j', circ));
console.log(util.formatWithOptions({ colors: true }, '%O and %s', { n: 1 }, 'plain'));
console.log(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }, [[1]]));
try {
  util.formatWithOptions('bad', 'x');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log('%s is %d years', 'Bob', 42);
console.log('%o', { x: [1, 2] });
console.log('literal %', 'extra');

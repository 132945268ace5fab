'use strict';
const util = require('util');
// Stacks differ between engines, so every error here gets a fixed stack.
function withStack(err, stack) {
  err.stack = stack;
  return err;
}
console.log(util.inspect(withStack(new Error('boom'), 'Error: boom\n    at foo (/x.js:1:2)\n    at bar (/y.js:3:4)')));
const coded = withStack(new Error('coded'), 'Error: coded\n    at foo (/x.js:1:2)');
coded.code = 'E_CODE';
coded.extra = { n: 1 };
console.log(coded);
console.log({ nested: coded });
console.log([withStack(new TypeError('t'), 'TypeError: t')]);
class MyErr extends Error {}
console.log(withStack(new MyErr('m'), 'Error: m\n    at z (a:1:1)'));
class NamedErr extends Error { constructor(m) { super(m); this.name = 'NamedErr'; } }
console.log(withStack(new NamedErr('n'), 'NamedErr: n\n    at z (a:1:1)'));
const noStack = new Error('no stack');
delete noStack.stack;
console.log(noStack);
console.log(withStack(new Error('weird'), 'something else entirely'));
console.log(withStack(new Error('x', { cause: 'because' }), 'Error: x\n    at q (w:1:1)'));
const inner = withStack(new Error('inner'), 'Error: inner\n    at i (i.js:1:1)');
console.log(withStack(new Error('outer', { cause: inner }), 'Error: outer\n    at o (o.js:2:2)'));
const renamed = withStack(new RangeError('r'), 'RangeError: r\n    at f (g:2:2)');
renamed.name = 'Custom';
console.log({ a: { renamed } });
console.log(withStack(new Error(''), 'Error\n    at x (y:1:1)'));
console.log(withStack(new Error('multi\nline'), 'Error: multi\nline\n    at x (y:1:1)'));
const agg = withStack(new AggregateError([withStack(new Error('a'), 'Error: a\n    at z (z:1:1)')], 'agg'), 'AggregateError: agg\n    at x (y:1:1)');
console.log(agg);
const nullProto = withStack(new Error('np'), 'Error: np\n    at x (y:1:1)');
Object.setPrototypeOf(nullProto, null);
console.log(nullProto);
console.log(util.format('%s', withStack(new Error('fmt'), 'Error: fmt\n    at x (y:1:1)')));
console.log(String(new TypeError('plain')), new Error('msg').message);

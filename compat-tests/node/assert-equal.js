// equal/notEqual/strictEqual/notStrictEqual: which values pass, and Node's messages when they fail.
const assert = require('assert');

function report(fn) {
  try {
    fn();
    console.log('passed');
  } catch (e) {
    console.log(e.operator, e.generatedMessage, JSON.stringify(e.message));
  }
}

report(() => assert.equal(1, '1'));
report(() => assert.equal(NaN, NaN));
report(() => assert.equal(null, undefined));
report(() => assert.equal(1, 2));
report(() => assert.equal('a', 'b'));
report(() => assert.equal({ a: 1 }, { a: 1 }));
report(() => assert.notEqual(1, 1));
report(() => assert.notEqual(NaN, NaN));
report(() => assert.notEqual(1, 2));
report(() => assert.strictEqual(1, 1));
report(() => assert.strictEqual(NaN, NaN));
report(() => assert.strictEqual(1, 2));
report(() => assert.strictEqual(1, '1'));
report(() => assert.strictEqual(0, -0));
report(() => assert.strictEqual('hello world', 'hello there'));
report(() => assert.strictEqual('a\nb', 'a\nc'));
report(() => assert.strictEqual('line1\nline2\nline3\nline4', 'line1\nline2\nlineX\nline4'));
report(() => assert.strictEqual('x'.repeat(60), 'x'.repeat(59) + 'y'));
report(() => assert.strictEqual({ a: 1 }, { a: 1 }));
report(() => assert.strictEqual([1, 2, 3], [1, 2, 4]));
report(() => assert.strictEqual(function f() {}, function g() {}));
report(() => assert.strictEqual(1n, 2n));
report(() => assert.strictEqual(undefined, null));
report(() => assert.strictEqual(1, 2, 'my message'));
report(() => assert.notStrictEqual(1, 1));
report(() => assert.notStrictEqual('a long string here', 'a long string here'));
const o = { a: 1 };
report(() => assert.notStrictEqual(o, o));
report(() => assert.notStrictEqual(NaN, NaN));
report(() => assert.notStrictEqual(0, -0));

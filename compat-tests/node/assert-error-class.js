// AssertionError itself, the shape of thrown errors, assert.strict and assert/strict.
const assert = require('assert');
const strict = require('assert/strict');

const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e instanceof Error, e instanceof assert.AssertionError, e.name, e.code, e.generatedMessage);
console.log(Object.keys(e).join(), JSON.stringify(e.message));
console.log(String(e).split('\n')[0], e.stack.split('\n')[0]);
console.log(Object.prototype.toString.call(e), Object.getOwnPropertyDescriptor(e, 'name').enumerable);
console.log(JSON.stringify(new assert.AssertionError({ message: 'hi', actual: 3 })));
console.log(new assert.AssertionError({ actual: 1, expected: 2 }).message);
console.log(new assert.AssertionError({ actual: [1], expected: [2], operator: 'deepEqual' }).message);
try {
  new assert.AssertionError();
} catch (err) {
  console.log(err.name, err.code, err.message);
}
class MyError extends assert.AssertionError {
  constructor(opts) {
    super(opts);
    this.extra = true;
  }
}
const m = new MyError({ message: 'sub' });
console.log(m instanceof MyError, m instanceof assert.AssertionError, m.extra, m.message, m.name);

console.log(strict === assert.strict, assert.strict.strict === assert.strict, typeof assert, assert.name, assert.strict.name);
console.log(strict.equal === assert.strictEqual, strict.deepEqual === assert.deepStrictEqual, strict.notEqual === assert.notStrictEqual, strict.strictEqual === assert.strictEqual);
console.log(Object.keys(assert).filter((k) => k !== 'CallTracker').join());
try {
  strict.equal(1, '1');
} catch (err) {
  console.log(err.operator, JSON.stringify(err.message));
}
try {
  strict.deepEqual({ a: 1 }, { a: '1' });
} catch (err) {
  console.log(err.operator, JSON.stringify(err.message));
}
try {
  strict(0);
} catch (err) {
  console.log(err.operator, JSON.stringify(err.message));
}

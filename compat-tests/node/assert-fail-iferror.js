// assert.fail, assert.ifError and argument errors.
const assert = require('assert');

function report(fn) {
  try {
    fn();
    console.log('passed');
  } catch (e) {
    console.log(e.name, e.code, e.operator, e.generatedMessage, JSON.stringify(e.message), JSON.stringify(e.actual), JSON.stringify(e.expected));
  }
}

report(() => assert.fail());
report(() => assert.fail('boom'));
report(() => assert.fail(new RangeError('own error')));
report(() => assert.fail(undefined));
report(() => assert.ifError(null));
report(() => assert.ifError(undefined));
report(() => assert.ifError(new Error('bad')));
report(() => assert.ifError('str'));
report(() => assert.ifError(0));
report(() => assert.ifError(new TypeError('')));
report(() => assert.ifError({ message: 'like an error' }));
report(() => assert.equal(1));
report(() => assert.deepStrictEqual());
report(() => assert.notStrictEqual(1));

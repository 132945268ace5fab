// assert.throws with classes, RegExps, validation objects and functions, and its messages.
const assert = require('assert');

function report(fn) {
  try {
    fn();
    console.log('passed');
  } catch (e) {
    console.log(e.name, e.code, e.operator, e.generatedMessage, JSON.stringify(e.message));
  }
}
const boom = (err) => () => {
  throw err;
};

report(() => assert.throws(boom(new TypeError('ok')), TypeError));
report(() => assert.throws(boom(new TypeError('ok')), Error));
report(() => assert.throws(boom(new Error('abc')), /b/));
report(() => assert.throws(boom(new Error('abc')), { message: 'abc', name: 'Error' }));
report(() => assert.throws(boom(new Error('abc')), { message: /^a/ }));
report(() => assert.throws(boom(new Error('abc')), (e) => e.message === 'abc'));
report(() => assert.throws(() => {}));
report(() => assert.throws(() => {}, TypeError));
report(() => assert.throws(() => {}, TypeError, 'with message'));
report(() => assert.throws(() => {}, 'just a message'));
report(() => assert.throws(boom(new RangeError('x')), TypeError));
report(() => assert.throws(boom(new Error('x')), class Error2 extends Error {}));
report(() => assert.throws(boom('str'), TypeError));
report(() => assert.throws(boom(new Error('abc')), /xyz/));
report(() => assert.throws(boom(new Error('abc')), { message: 'abd' }));
report(() => assert.throws(boom(Object.assign(new Error('msg'), { code: 'A', errno: 1 })), { code: 'B', errno: 1, message: /sg/ }));
report(() => assert.throws(boom(5), { message: 'abc' }));
report(() => assert.throws(boom(new Error('abc')), (e) => e.message === 'no'));
report(() => assert.throws(boom(new Error('abc')), function check() {
  return 1;
}));
report(() => assert.throws(boom(new Error('abc')), new Error('abd')));
report(() => assert.throws(boom(new Error('abc')), {}));
report(() => assert.throws(boom(new Error('abc')), 5));
report(() => assert.throws(boom(new Error('abc')), 'abc'));
report(() => assert.throws(5));
report(() => assert.throws(boom(new Error('abc')), { message: 'abd' }, 'custom message'));

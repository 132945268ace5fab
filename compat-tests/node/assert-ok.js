// assert(value) and assert.ok(value): the generated message quotes the failing call's source.
const assert = require('assert');

function report(fn) {
  try {
    fn();
    console.log('passed');
  } catch (e) {
    console.log(JSON.stringify(e.message), e.code, e.operator, e.generatedMessage, e.actual, e.expected);
  }
}

const x = 1;
report(() => assert(x === 2));
report(() => assert.ok(typeof x === 'string' && x.length > 0));
report(() => {
  assert(
    x > 5,
  );
});
report(() => assert.strict.ok(0));
report(() => assert.ok(''));
report(() => assert(null, 'custom message'));
report(() => assert(undefined, ''));
report(() => assert.ok());
report(() => assert(false, undefined));
report(() => [0].forEach(assert));
report(() => assert(1));
report(() => assert.ok('non-empty', 'unused'));
try {
  assert.ok(false, new TypeError('thrown as is'));
} catch (e) {
  console.log(e instanceof TypeError, e.message, e.code);
}

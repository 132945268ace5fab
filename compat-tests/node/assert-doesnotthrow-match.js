// assert.doesNotThrow, assert.match and assert.doesNotMatch.
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

report(() => assert.doesNotThrow(() => 1));
report(() => assert.doesNotThrow(boom(new Error('bad'))));
report(() => assert.doesNotThrow(boom(new Error('bad')), 'custom'));
report(() => assert.doesNotThrow(boom(new Error('bad')), TypeError));
report(() => assert.doesNotThrow(boom(new TypeError('bad')), TypeError, 'm'));
report(() => assert.doesNotThrow(boom(new TypeError('bad')), /bad/));
report(() => assert.doesNotThrow(boom(new TypeError('bad')), /good/));
report(() => assert.doesNotThrow(boom('plain string')));
report(() => assert.doesNotThrow('not a function'));

report(() => assert.match('abc', /b/));
report(() => assert.match('abc', /x/));
report(() => assert.match(123, /x/));
report(() => assert.match('a', 'x'));
report(() => assert.match('abc', /x/, 'custom'));
report(() => assert.doesNotMatch('abc', /x/));
report(() => assert.doesNotMatch('abc', /b/));
report(() => assert.doesNotMatch({}, /b/));

// assert.rejects and assert.doesNotReject return promises; failures reject them.
const assert = require('assert');

async function report(label, fn) {
  try {
    await fn();
    console.log(label, 'resolved');
  } catch (e) {
    console.log(label, e.name, e.code, e.operator, e.generatedMessage, JSON.stringify(e.message));
  }
}

(async () => {
  await report('reject matches', () => assert.rejects(Promise.reject(new Error('x')), Error));
  await report('fn rejects', () => assert.rejects(() => Promise.reject(new Error('x')), { message: 'x' }));
  await report('async fn', () => assert.rejects(async () => {
    throw new TypeError('t');
  }, TypeError));
  await report('resolves instead', () => assert.rejects(Promise.resolve(1)));
  await report('wrong class', () => assert.rejects(Promise.reject(new Error('x')), TypeError));
  await report('not a promise', () => assert.rejects(() => 5));
  await report('bad argument', () => assert.rejects(5));
  await report('throws sync', () => assert.rejects(() => {
    throw new Error('sync');
  }));
  await report('doesNotReject ok', () => assert.doesNotReject(() => Promise.resolve(2)));
  await report('doesNotReject fails', () => assert.doesNotReject(Promise.reject(new Error('y'))));
  await report('doesNotReject other class', () => assert.doesNotReject(Promise.reject(new Error('y')), TypeError));
  await report('doesNotReject message', () => assert.doesNotReject(Promise.reject(new Error('y')), 'because'));
  const p = assert.rejects(Promise.reject(new Error('z')));
  console.log(p instanceof Promise);
  await p;
  console.log('done');
})();

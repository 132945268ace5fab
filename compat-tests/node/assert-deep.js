// deepEqual/deepStrictEqual and their negations: what counts as equal, and the diffs Node prints.
const assert = require('assert');

function report(fn) {
  try {
    fn();
    console.log('passed');
  } catch (e) {
    console.log(e.operator, e.generatedMessage, JSON.stringify(e.message));
  }
}

report(() => assert.deepEqual({ a: 1, b: [1, '2'] }, { b: ['1', 2], a: '1' }));
report(() => assert.deepStrictEqual({ a: 1, b: [1, '2'] }, { b: [1, '2'], a: 1 }));
report(() => assert.deepStrictEqual(new Map([[1, { x: 1 }]]), new Map([[1, { x: 1 }]])));
report(() => assert.deepStrictEqual(new Set([{ a: 1 }, 2]), new Set([2, { a: 1 }])));
report(() => assert.deepStrictEqual(new Date(5), new Date(5)));
report(() => assert.deepStrictEqual(/a/g, /a/g));
report(() => assert.deepStrictEqual([NaN], [NaN]));
report(() => {
  const a = { v: 1 };
  a.self = a;
  const b = { v: 1 };
  b.self = b;
  assert.deepStrictEqual(a, b);
});
report(() => assert.deepEqual({ a: 1 }, { a: 2 }));
report(() => assert.deepEqual([1, 2], [1, 3]));
report(() => assert.deepStrictEqual({ a: 1 }, { a: '1' }));
report(() => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1, b: 3 }));
report(() => assert.deepStrictEqual({ a: 1 }, { a: 1, b: 2 }));
report(() => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4, 5, 6, 7, 9]));
report(() => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 14]));
report(() => assert.deepStrictEqual({ a: [1, 2, { b: 3 }], c: new Set([1, 2]), d: new Map([['k', 'v']]) }, { a: [1, 2, { b: 4 }], c: new Set([1, 3]), d: new Map([['k', 'w']]) }));
report(() => assert.deepStrictEqual(Array.from({ length: 80 }, (_, i) => i), Array.from({ length: 80 }, (_, i) => (i === 40 ? 'x' : i))));
report(() => assert.deepStrictEqual(1, 2));
report(() => assert.deepStrictEqual({ a: Symbol.for('s') }, { a: Symbol.for('t') }));
report(() => assert.deepStrictEqual(new Error('a'), new Error('b')));
report(() => assert.deepStrictEqual(Object.create(null), {}));
report(() => assert.deepEqual(Object.create(null), {}));
report(() => assert.deepStrictEqual(new Date(0), new Date(1)));
report(() => assert.deepStrictEqual([1, , 3], [1, undefined, 3]));
report(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
report(() => assert.notDeepStrictEqual({ a: 1 }, { a: '1' }));
report(() => assert.notDeepEqual({ a: 1 }, { a: '1' }));
report(() => assert.notDeepEqual([1], [1]));
report(() => assert.notDeepEqual(1, '1'));
report(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom'));

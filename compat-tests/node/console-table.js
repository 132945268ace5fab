'use strict';
console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
console.table([1, 'two', { a: 3 }]);
console.table([[1, 2], [3, 4]]);
console.table({ a: { x: 1 }, b: { y: 's' } });
console.table(new Map([['k', { a: 1 }], [{ o: 1 }, 'v']]));
console.table(new Set([1, 'a', [1, 2]]));
console.table([{ a: { b: 1, c: 2, d: 3 }, e: [1, 2, 3, 4, 5], f: { g: 1 } }]);
console.table([{ a: 1, b: 2 }], ['b', 'z']);
console.table([1, 2], []);
console.table(5);
console.table('str');
console.table(null);
console.table([]);
console.table({});
console.table([{ '日本': 1, emoji: '😀' }]);
console.table([{ fn() {}, sym: Symbol('s'), n: null, u: undefined }]);
console.table([{ long: 'x'.repeat(40) }, { long: 'short' }]);
try {
  console.table([], 'notarray');
} catch (e) {
  console.log(e.name, e.code, e.message);
}

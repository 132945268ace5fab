// Argument validation: every function rejects non-strings with ERR_INVALID_ARG_TYPE.
const path = require('path');

const calls = {
  'join(1)': () => path.join('a', 1),
  'resolve(a, 1)': () => path.resolve('a', 1),
  'resolve(null, /abs)': () => path.resolve(null, '/abs'),
  'normalize(null)': () => path.normalize(null),
  'relative(a, 1)': () => path.relative('a', 1),
  'dirname({})': () => path.dirname({}),
  'basename(a, 1)': () => path.basename('a', 1),
  'basename(undefined)': () => path.basename(),
  'extname([])': () => path.extname([]),
  'isAbsolute(true)': () => path.isAbsolute(true),
  'parse(5n)': () => path.parse(5n),
  'format(null)': () => path.format(null),
  'format("x")': () => path.format('x'),
  'format([])': () => path.format([]),
};
for (const [name, fn] of Object.entries(calls)) {
  try {
    console.log(name, 'returned', JSON.stringify(fn()));
  } catch (e) {
    console.log(name, e.name, e.code, e instanceof TypeError, e.message);
  }
}

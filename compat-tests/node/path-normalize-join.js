// path.normalize and path.join on tricky inputs: dots, repeated and trailing separators.
const path = require('path');

const inputs = ['', '.', './', '/', '//', '///a//b', 'a/./b/../c/', '../../x', '/../../x', 'a/..', 'a/../', '/a/b/c/../../..', '.../a', 'a/.../..'];
for (const p of inputs) {
  console.log(JSON.stringify(p), '->', JSON.stringify(path.normalize(p)));
}

const joins = [[], [''], ['', ''], ['/a', 'b', '../c'], ['a', '', 'b/'], ['/', '/', 'x'], ['..', 'a', '..', '..'], ['./', './'], ['/a/', '/b/']];
for (const parts of joins) {
  console.log(JSON.stringify(parts), '->', JSON.stringify(path.join(...parts)));
}
console.log(path.posix === path, path.sep, path.delimiter);

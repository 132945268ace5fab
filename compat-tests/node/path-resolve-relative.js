// path.resolve and path.relative, with absolute anchors and the working directory.
const path = require('path');

console.log(path.resolve('/foo/bar', './baz'));
console.log(path.resolve('/foo/bar', '/tmp/file/'));
console.log(path.resolve('/a', 'b', '..', 'c', '.', ''));
console.log(path.resolve('/', '..', '..'));
console.log(path.resolve('x', '/abs', 'y/'));
console.log(path.resolve() === process.cwd());
console.log(path.resolve('wwwroot', 'static') === process.cwd() + '/wwwroot/static' || process.cwd() === '/');

const pairs = [
  ['/data/orandea/test/aaa', '/data/orandea/impl/bbb'],
  ['/a/b', '/a/b'],
  ['/a/b', '/a/b/c/d'],
  ['/a/b/c', '/a'],
  ['/', '/x/y'],
  ['/x/y', '/'],
  ['/ab', '/a'],
  ['/a', '/ab'],
  ['/a/b/', '/a/b/../c'],
];
for (const [from, to] of pairs) {
  console.log(`${from} -> ${to}: ${JSON.stringify(path.relative(from, to))}`);
}
console.log(JSON.stringify(path.relative('.', '.')), path.relative('sub', 'other'));

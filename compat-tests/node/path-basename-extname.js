// path.basename (with and without suffix), path.extname, path.dirname and isAbsolute.
const path = require('path');

const inputs = ['', '/', 'a', 'a/', '/a', '//a', '///a', '/a//b', '/a/b.txt/', '.bashrc', 'a.', '..', '...', 'x/.a.b', 'index.html', 'index.coffee.md', '.index.md'];
for (const p of inputs) {
  console.log(JSON.stringify(p), JSON.stringify(path.basename(p)), JSON.stringify(path.extname(p)), JSON.stringify(path.dirname(p)), path.isAbsolute(p));
}

const withSuffix = [
  ['/a/b.js', '.js'],
  ['/a/b.js/', '.js'],
  ['/a/b.js', 'b.js'],
  ['b.js', 'b.js'],
  ['/a/b.js', 'x'],
  ['/a/b.js', 'a much longer suffix'],
  ['aaa/bbb', 'bbb'],
  ['aaa/bbb', 'bb'],
  ['/a/b.JS', '.js'],
];
for (const [p, s] of withSuffix) {
  console.log(`basename(${JSON.stringify(p)}, ${JSON.stringify(s)}) = ${JSON.stringify(path.basename(p, s))}`);
}

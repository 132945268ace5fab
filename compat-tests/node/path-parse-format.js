// path.parse and path.format round trips, including odd roots and dot names.
const path = require('path');

const inputs = ['', '/', '//', '/home/user/dir/file.txt', 'file', '.bashrc', 'a/b.tar.gz', '/a//b', '/x/y/', '..', '/..', 'a/...', './'];
for (const p of inputs) {
  const parsed = path.parse(p);
  console.log(JSON.stringify(p), JSON.stringify(parsed), JSON.stringify(path.format(parsed)));
}

console.log(path.format({ root: '/ignored', dir: '/home/user/dir', base: 'file.txt' }));
console.log(path.format({ root: '/', base: 'file.txt', ext: 'ignored' }));
console.log(path.format({ root: '/', name: 'file', ext: '.txt' }));
console.log(path.format({ root: '/', name: 'file', ext: 'txt' }));
console.log(path.format({ name: 'x' }));
console.log(path.format({ dir: 'd', name: 'n', ext: '.e' }));
console.log(JSON.stringify(path.format({})));

// readdir: sorted names, Dirents, recursion and name encodings.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-compat-'));
for (const d of ['b/c', 'a', 'B']) fs.mkdirSync(path.join(tmp, d), { recursive: true });
for (const f of ['z.txt', 'b/f', 'b/c/g', 'é', '_u', '10', '9']) fs.writeFileSync(path.join(tmp, f), f);
fs.symlinkSync('b', path.join(tmp, 'lnk'));
const rel = (p) => p.split(tmp).join('<tmp>');

console.log('names', JSON.stringify(fs.readdirSync(tmp)));
console.log('trailing slash', JSON.stringify(fs.readdirSync(tmp + '/')));
console.log('recursive', JSON.stringify(fs.readdirSync(tmp, { recursive: true })));
console.log('hex', JSON.stringify(fs.readdirSync(path.join(tmp, 'b'), 'hex')));
const bufs = fs.readdirSync(path.join(tmp, 'b'), { encoding: 'buffer' });
console.log('buffers', bufs.every(Buffer.isBuffer), bufs.map(String).join());
const dirents = fs.readdirSync(tmp, { withFileTypes: true });
for (const d of dirents) {
  console.log('dirent', d.name, d.isFile(), d.isDirectory(), d.isSymbolicLink(), rel(d.parentPath), rel(d.path), d instanceof fs.Dirent);
}
console.log('dirent keys', Object.keys(dirents[0]).join());
for (const d of fs.readdirSync(tmp + '/b', { withFileTypes: true, recursive: true })) {
  console.log('deep dirent', rel(d.parentPath), d.name, d.isDirectory());
}
const made = new fs.Dirent('x', fs.constants.UV_DIRENT_FIFO, '/p');
console.log('constructed', made.name, made.path, made.parentPath, made.isFIFO(), made.isFile());
console.log('empty dir', JSON.stringify(fs.readdirSync(path.join(tmp, 'a'))));

fs.readdir(tmp, (err, names) => {
  console.log('async', err, names.length, names[0]);
  fs.readdir(tmp, { withFileTypes: true }, (err2, ds) => {
    console.log('async dirents', err2, ds.filter((d) => d.isDirectory()).map((d) => d.name).join());
    fs.readdir(path.join(tmp, 'none'), (err3) => {
      console.log('async error', err3.code, err3.syscall, rel(err3.path));
      fs.rmSync(tmp, { recursive: true });
      console.log('cleaned', fs.existsSync(tmp));
    });
  });
});

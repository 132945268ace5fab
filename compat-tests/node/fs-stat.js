// stat, lstat and fstat: the Stats object, its type tests and
// throwIfNoEntry.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-compat-'));
const file = path.join(tmp, 'file');
const link = path.join(tmp, 'link');
fs.writeFileSync(file, '12345', { mode: 0o640 });
fs.symlinkSync('file', link);

const types = (s) => ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO', 'isSocket', 'isBlockDevice', 'isCharacterDevice']
  .filter((m) => s[m]()).join(',');

const s = fs.statSync(file);
console.log('keys', Object.keys(s).join());
console.log('class', s.constructor.name, s instanceof fs.Stats);
console.log('types file', types(s));
console.log('size', s.size, 'mode', (s.mode & 0o777).toString(8), 'type bits', (s.mode & fs.constants.S_IFMT) === fs.constants.S_IFREG);
console.log('nlink', s.nlink, 'blocks', typeof s.blocks, 'blksize', typeof s.blksize);
console.log('numbers', ['dev', 'ino', 'uid', 'gid', 'rdev', 'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs'].every((k) => typeof s[k] === 'number'));
console.log('dates', ['atime', 'mtime', 'ctime', 'birthtime'].every((k) => s[k] instanceof Date));
console.log('date matches ms', s.mtime.getTime() === Math.round(s.mtimeMs));
console.log('recent', Math.abs(Date.now() - s.mtimeMs) < 60000);
console.log('uid matches', s.uid === process.getuid());
console.log('types dir', types(fs.statSync(tmp)));
console.log('types link via stat', types(fs.statSync(link)));
console.log('types link via lstat', types(fs.lstatSync(link)));
console.log('lstat size', fs.lstatSync(link).size);
console.log('types /dev/null', types(fs.statSync('/dev/null')));
const fd = fs.openSync(file, 'r');
console.log('fstat same ino', fs.fstatSync(fd).ino === s.ino, fs.fstatSync(fd).size);
fs.closeSync(fd);
console.log('missing quiet', fs.statSync(path.join(tmp, 'none'), { throwIfNoEntry: false }));
console.log('missing lstat quiet', fs.lstatSync(path.join(tmp, 'none'), { throwIfNoEntry: false }));
try {
  fs.statSync(path.join(file, 'sub'), { throwIfNoEntry: false });
} catch (e) {
  console.log('ENOTDIR still thrown', e.code);
}
const made = new fs.Stats(1, 0o40755, 2, 0, 0, 0, 4096, 9, 512, 8, 0, 1500, 0, 0);
console.log('constructed', types(made), made.size, made.mtime.toISOString(), made.mtimeMs);
console.log('Stats shape', fs.Stats.name, fs.Stats.length, typeof fs.Stats.prototype.isFIFO);

fs.stat(file, (err, st) => {
  console.log('async', err, st.size, st.isFile());
  fs.stat(path.join(tmp, 'none'), { throwIfNoEntry: false }, (err2) => {
    console.log('async ignores throwIfNoEntry', err2.code);
    fs.lstat(link, (err3, lst) => {
      console.log('async lstat', err3, lst.isSymbolicLink());
      fs.rmSync(tmp, { recursive: true });
      console.log('cleaned', fs.existsSync(tmp));
    });
  });
});

// System errors: message, code, errno, syscall, path and dest as Node sets
// them, for the failures scripts meet most.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-compat-'));
const file = path.join(tmp, 'file');
const dir = path.join(tmp, 'dir');
fs.writeFileSync(file, 'data', { mode: 0o644 });
fs.mkdirSync(dir);
fs.writeFileSync(path.join(dir, 'inner'), '');
const hide = (s) => (typeof s === 'string' ? s.split(tmp).join('<tmp>') : s);

function show(label, f) {
  try {
    f();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, JSON.stringify({
      name: e.name, message: hide(e.message), code: e.code, errno: e.errno,
      syscall: e.syscall, path: hide(e.path), dest: hide(e.dest),
      keys: Object.keys(e), stack: hide(e.stack.split('\n')[0]),
      isError: e instanceof Error,
    }));
  }
}

show('ENOENT read', () => fs.readFileSync(path.join(tmp, 'missing')));
show('ENOENT stat', () => fs.statSync(path.join(tmp, 'missing')));
show('ENOENT lstat', () => fs.lstatSync(path.join(tmp, 'missing')));
show('ENOENT open', () => fs.openSync(path.join(tmp, 'missing'), 'r'));
show('ENOENT unlink', () => fs.unlinkSync(path.join(tmp, 'missing')));
show('ENOENT rmdir', () => fs.rmdirSync(path.join(tmp, 'missing')));
show('ENOENT access', () => fs.accessSync(path.join(tmp, 'missing')));
show('ENOENT readdir', () => fs.readdirSync(path.join(tmp, 'missing')));
show('ENOENT mkdir', () => fs.mkdirSync(path.join(tmp, 'missing', 'sub')));
show('ENOENT rename', () => fs.renameSync(path.join(tmp, 'missing'), path.join(tmp, 'other')));
show('ENOENT copyFile', () => fs.copyFileSync(path.join(tmp, 'missing'), path.join(tmp, 'other')));
show('ENOENT realpath', () => fs.realpathSync(path.join(tmp, 'missing', 'x')));
show('ENOENT readlink', () => fs.readlinkSync(path.join(tmp, 'missing')));
show('ENOENT chmod', () => fs.chmodSync(path.join(tmp, 'missing'), 0o600));
show('EISDIR read', () => fs.readFileSync(dir));
show('EISDIR write', () => fs.writeFileSync(dir, 'x'));
show('EISDIR unlink', () => fs.unlinkSync(dir));
show('EEXIST mkdir', () => fs.mkdirSync(dir));
show('EEXIST link', () => fs.linkSync(file, file));
show('EEXIST symlink', () => fs.symlinkSync('file', file));
show('ENOTDIR', () => fs.readdirSync(file));
show('ENOTDIR stat', () => fs.statSync(path.join(file, 'x')));
show('ENOTEMPTY', () => fs.rmdirSync(dir));
show('EACCES access', () => fs.accessSync(file, fs.constants.X_OK));
show('EINVAL readlink', () => fs.readlinkSync(file));
show('EBADF close', () => fs.closeSync(100000));
show('EBADF fstat', () => fs.fstatSync(100000));
show('EBADF read', () => fs.readSync(100000, Buffer.alloc(1)));
show('SystemError rm', () => fs.rmSync(dir));

fs.rmSync(tmp, { recursive: true, force: true });
console.log('cleaned', fs.existsSync(tmp));

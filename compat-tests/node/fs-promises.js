// fs/promises and fs.promises: the same object, promise results, rejections
// for bad arguments and failed calls, and FileHandle basics.
'use strict';
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

async function main() {
  console.log('same object', fs.promises === fsp, require('node:fs/promises') === fsp);
  console.log('constants', fsp.constants.R_OK, fsp.constants === fs.constants);
  const tmp = await fsp.mkdtemp(path.join(os.tmpdir(), 'fs-compat-'));
  const hide = (s) => (typeof s === 'string' ? s.split(tmp).join('<tmp>') : s);
  const f = path.join(tmp, 'p.txt');
  const attempt = async (label, p) => {
    try {
      console.log(label, JSON.stringify(hide(await p)));
    } catch (e) {
      console.log(label, 'rejected', e.name, e.code, hide(e.message));
    }
  };

  const pending = fsp.writeFile(f, 'promised');
  console.log('returns promise', pending instanceof Promise);
  await attempt('writeFile', pending);
  await attempt('readFile', fsp.readFile(f, 'utf8'));
  await attempt('readFile buffer', fsp.readFile(f).then((b) => Buffer.isBuffer(b) && b.length));
  await attempt('appendFile', fsp.appendFile(f, '!'));
  await attempt('stat', fsp.stat(f).then((s) => [s.size, s.isFile(), s instanceof fs.Stats]));
  await attempt('lstat', fsp.lstat(tmp).then((s) => s.isDirectory()));
  await attempt('access', fsp.access(f, fs.constants.R_OK));
  await attempt('mkdir recursive', fsp.mkdir(path.join(tmp, 'a', 'b'), { recursive: true }));
  await attempt('readdir', fsp.readdir(tmp));
  await attempt('readdir types', fsp.readdir(tmp, { withFileTypes: true }).then((ds) => ds.map((d) => d.name + d.isDirectory())));
  await attempt('copyFile', fsp.copyFile(f, path.join(tmp, 'c.txt')));
  await attempt('rename', fsp.rename(path.join(tmp, 'c.txt'), path.join(tmp, 'd.txt')));
  await attempt('symlink', fsp.symlink('d.txt', path.join(tmp, 'l')));
  await attempt('readlink', fsp.readlink(path.join(tmp, 'l')));
  await attempt('realpath', fsp.realpath(path.join(tmp, 'l')).then((r) => path.basename(r)));
  await attempt('chmod', fsp.chmod(f, 0o600).then(() => (fs.statSync(f).mode & 0o777).toString(8)));
  await attempt('truncate', fsp.truncate(f, 3).then(() => fs.readFileSync(f, 'utf8')));
  await attempt('unlink', fsp.unlink(path.join(tmp, 'l')));
  await attempt('rmdir', fsp.rmdir(path.join(tmp, 'a', 'b')));
  await attempt('rm', fsp.rm(path.join(tmp, 'a'), { recursive: true }));
  await attempt('missing', fsp.readFile(path.join(tmp, 'none')));
  await attempt('stat missing', fsp.stat(path.join(tmp, 'none')));
  await attempt('bad path', fsp.readFile(5.5));
  await attempt('bad encoding', fsp.readFile(f, { encoding: 'bad' }));
  await attempt('bad data', fsp.writeFile(f, 5));
  await attempt('rm dir', fsp.rm(tmp));

  const h = await fsp.open(f, 'r+');
  console.log('handle', typeof h.fd, h.constructor.name, typeof h.close);
  await attempt('handle read', h.read(Buffer.alloc(3), 0, 3, 0).then((r) => [r.bytesRead, r.buffer.toString()]));
  await attempt('handle readFile', h.readFile('utf8'));
  await attempt('handle write', h.write('XY', 0).then((r) => [r.bytesWritten, r.buffer]));
  await attempt('handle write buffer', h.write(Buffer.from('Z')).then((r) => r.bytesWritten));
  await attempt('handle stat', h.stat().then((s) => s.size));
  await attempt('handle truncate', h.truncate(2));
  await attempt('handle close', h.close());
  console.log('closed fd', h.fd, fs.readFileSync(f, 'utf8'));
  await attempt('handle after close', h.read());
  await attempt('close twice', h.close());
  await attempt('open missing', fsp.open(path.join(tmp, 'none')));

  await fsp.rm(tmp, { recursive: true, force: true });
  console.log('cleaned', fs.existsSync(tmp));
}
main();

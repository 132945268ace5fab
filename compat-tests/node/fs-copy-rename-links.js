// copyFile, rename, links, realpath, chmod, truncate and access.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-compat-'));
const hide = (s) => (typeof s === 'string' ? s.split(tmp).join('<tmp>') : s);
const p = (...parts) => path.join(tmp, ...parts);
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(hide(fn())));
  } catch (e) {
    console.log(label, e.name, e.code, hide(e.message), hide(e.dest));
  }
}
const { constants } = fs;
fs.writeFileSync(p('src'), 'source text', { mode: 0o604 });
fs.mkdirSync(p('dir'));

show('copy', () => { fs.copyFileSync(p('src'), p('dst')); return fs.readFileSync(p('dst'), 'utf8'); });
show('copy keeps mode', () => (fs.statSync(p('dst')).mode & 0o777).toString(8));
show('copy overwrites', () => { fs.writeFileSync(p('dst'), 'old and longer text'); fs.copyFileSync(p('src'), p('dst')); return fs.readFileSync(p('dst'), 'utf8'); });
show('copy excl', () => fs.copyFileSync(p('src'), p('dst'), constants.COPYFILE_EXCL));
show('copy excl new', () => { fs.copyFileSync(p('src'), p('dst2'), constants.COPYFILE_EXCL); return fs.existsSync(p('dst2')); });
show('copy ficlone', () => { fs.copyFileSync(p('src'), p('dst3'), constants.COPYFILE_FICLONE); return fs.readFileSync(p('dst3'), 'utf8'); });
show('copy onto itself', () => { fs.copyFileSync(p('src'), p('src')); return fs.readFileSync(p('src'), 'utf8'); });
show('copy to dir', () => fs.copyFileSync(p('src'), p('dir')));
show('copy missing', () => fs.copyFileSync(p('none'), p('x')));
show('rename', () => { fs.renameSync(p('dst2'), p('moved')); return [fs.existsSync(p('dst2')), fs.existsSync(p('moved'))]; });
show('rename over', () => { fs.renameSync(p('moved'), p('dst3')); return fs.readFileSync(p('dst3'), 'utf8'); });
show('rename dir', () => { fs.renameSync(p('dir'), p('dir2')); return fs.statSync(p('dir2')).isDirectory(); });
show('rename file over dir', () => fs.renameSync(p('dst3'), p('dir2')));
show('rename missing', () => fs.renameSync(p('none'), p('x')));
show('symlink', () => { fs.symlinkSync('src', p('sl')); return fs.readlinkSync(p('sl')); });
show('symlink abs', () => { fs.symlinkSync(p('src'), p('sla')); return fs.readlinkSync(p('sla')); });
show('dangling', () => { fs.symlinkSync('nothing', p('dangle')); return [fs.existsSync(p('dangle')), fs.lstatSync(p('dangle')).isSymbolicLink()]; });
show('readlink buffer', () => Buffer.isBuffer(fs.readlinkSync(p('sl'), 'buffer')));
show('realpath link', () => fs.realpathSync(p('sl')) === fs.realpathSync(p('src')));
show('realpath dots', () => fs.realpathSync(p('dir2', '..', '.', 'src')) === fs.realpathSync(p('src')));
show('realpath dangling', () => fs.realpathSync(p('dangle')));
show('realpath native dangling', () => fs.realpathSync.native(p('dangle')));
show('realpath relative', () => fs.realpathSync('.') === process.cwd());
show('link', () => { fs.linkSync(p('src'), p('hard')); return fs.statSync(p('src')).nlink; });
show('link same ino', () => fs.statSync(p('hard')).ino === fs.statSync(p('src')).ino);
show('chmod', () => { fs.chmodSync(p('src'), 0o600); return (fs.statSync(p('src')).mode & 0o777).toString(8); });
show('chmod string', () => { fs.chmodSync(p('src'), '755'); return (fs.statSync(p('src')).mode & 0o777).toString(8); });
show('truncate', () => { fs.truncateSync(p('dst'), 6); return fs.readFileSync(p('dst'), 'utf8'); });
show('truncate grow', () => { fs.truncateSync(p('dst'), 8); return fs.readFileSync(p('dst')).toString('hex'); });
show('truncate zero', () => { fs.truncateSync(p('dst')); return fs.statSync(p('dst')).size; });
show('access F_OK', () => fs.accessSync(p('src')));
show('access all', () => fs.accessSync(p('src'), constants.R_OK | constants.W_OK | constants.X_OK));
show('access X on 644', () => { fs.chmodSync(p('src'), 0o644); return fs.accessSync(p('src'), constants.X_OK); });
show('access dir X', () => fs.accessSync(p('dir2'), constants.X_OK));
show('existsSync', () => [fs.existsSync(p('src')), fs.existsSync(p('none')), fs.existsSync(p('src', 'x'))]);

fs.rmSync(tmp, { recursive: true });
console.log('cleaned', fs.existsSync(tmp));

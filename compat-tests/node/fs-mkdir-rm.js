// Creating and removing directories: mkdir (recursive, modes), mkdtemp,
// rmdir, rm (recursive, force) and unlink.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-compat-'));
const hide = (s) => (typeof s === 'string' ? s.split(tmp).join('<tmp>') : s);
function show(label, f) {
  try {
    console.log(label, JSON.stringify(hide(f())));
  } catch (e) {
    console.log(label, e.name, e.code, hide(e.message));
  }
}
const p = (...parts) => path.join(tmp, ...parts);

show('mkdtemp name', () => /^fs-compat-[A-Za-z0-9]{6}$/.test(path.basename(tmp)));
show('mkdtemp mode', () => (fs.statSync(tmp).mode & 0o777).toString(8));
show('mkdtemp unique', () => fs.mkdtempSync(p('t-')) !== fs.mkdtempSync(p('t-')));
show('mkdtemp buffer', () => Buffer.isBuffer(fs.mkdtempSync(p('b-'), { encoding: 'buffer' })));
show('mkdir', () => fs.mkdirSync(p('one')));
show('mkdir again', () => fs.mkdirSync(p('one')));
show('mkdir recursive', () => fs.mkdirSync(p('r', 's', 't'), { recursive: true }));
show('mkdir recursive existing', () => fs.mkdirSync(p('r', 's'), { recursive: true }));
show('mkdir recursive partial', () => fs.mkdirSync(p('r', 's', 'u', 'v'), { recursive: true }));
show('mkdir recursive dotdot', () => fs.mkdirSync(tmp + '/m1/../m2/x', { recursive: true }));
show('mkdir recursive over file', () => { fs.writeFileSync(p('file'), ''); return fs.mkdirSync(p('file'), { recursive: true }); });
show('mkdir recursive below file', () => fs.mkdirSync(p('file', 'x', 'y'), { recursive: true }));
show('mkdir missing parent', () => fs.mkdirSync(p('no', 'pe')));
show('mkdir mode', () => { fs.mkdirSync(p('m700'), 0o700); return (fs.statSync(p('m700')).mode & 0o777).toString(8); });
show('mkdir mode string', () => { fs.mkdirSync(p('m750'), '750'); return (fs.statSync(p('m750')).mode & 0o777).toString(8); });
show('mkdir mode option', () => { fs.mkdirSync(p('m711'), { mode: 0o711 }); return (fs.statSync(p('m711')).mode & 0o777).toString(8); });
show('mkdir boolean', () => fs.mkdirSync(p('bool'), true));
show('rmdir not empty', () => fs.rmdirSync(p('r')));
show('rmdir file', () => fs.rmdirSync(p('file')));
show('rmdir', () => fs.rmdirSync(p('one')));
show('rm file', () => fs.rmSync(p('file')));
show('rm missing', () => fs.rmSync(p('file')));
show('rm missing force', () => fs.rmSync(p('file'), { force: true }));
show('rm dir', () => fs.rmSync(p('r')));
show('rm dir recursive', () => fs.rmSync(p('r'), { recursive: true }));
show('rm gone', () => fs.existsSync(p('r')));
show('unlink dir', () => fs.unlinkSync(p('m700')));
show('unlink', () => { fs.writeFileSync(p('f2'), ''); fs.unlinkSync(p('f2')); return fs.existsSync(p('f2')); });
try {
  fs.rmSync(p('m700'));
} catch (e) {
  console.log('SystemError', e.name, e.code, hide(e.message), hide(String(e)), Object.keys(e).join(), e.info.code, e.info.syscall, e.errno, e.syscall, hide(e.path));
}

fs.mkdir(p('cb', 'deep'), { recursive: true }, (err, first) => {
  console.log('async mkdir', err, hide(first));
  fs.mkdir(p('cb2'), function () {
    console.log('async mkdir args', arguments.length, arguments[0]);
    fs.rm(p('cb'), { recursive: true }, (err2) => {
      console.log('async rm', err2, fs.existsSync(p('cb')));
      fs.rmdir(p('cb2'), (err3) => {
        console.log('async rmdir', err3);
        fs.mkdtemp(p('async-'), (err4, dir) => {
          console.log('async mkdtemp', err4, /async-[A-Za-z0-9]{6}$/.test(dir));
          fs.rmSync(tmp, { recursive: true });
          console.log('cleaned', fs.existsSync(tmp));
        });
      });
    });
  });
});

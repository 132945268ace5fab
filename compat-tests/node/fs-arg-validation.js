// Argument checks: the TypeErrors and RangeErrors fs throws before doing
// any I/O, with Node's codes and messages.
'use strict';
const fs = require('fs');

function show(label, f) {
  try {
    f();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const noop = () => {};

show('cb missing', () => fs.readFile('/x'));
show('cb not fn', () => fs.stat('/x', {}, 5));
show('cb unlink', () => fs.unlink('/x'));
show('path undefined', () => fs.readFile(undefined, noop));
show('path number', () => fs.readFileSync(5.5));
show('path object', () => fs.statSync({}));
show('path null', () => fs.existsSync(null) || fs.accessSync(null));
show('path null byte', () => fs.readFileSync('/a\0b'));
show('fd negative', () => fs.readFileSync(-1));
show('fd string', () => fs.closeSync('3'));
show('fd float', () => fs.closeSync(1.5));
show('fd huge', () => fs.fstatSync(2 ** 31));
show('encoding bad', () => fs.readFileSync('/x', 'nope'));
show('encoding opt bad', () => fs.readFileSync('/x', { encoding: 'nope' }));
show('options number', () => fs.readFileSync('/x', 7));
show('options bool', () => fs.writeFileSync('/x', 'd', true));
show('flag bad', () => fs.readFileSync('/x', { flag: 'zz' }));
show('flag float', () => fs.openSync('/x', 3.5));
show('data number', () => fs.writeFileSync('/x', 5));
show('data object', () => fs.writeFileSync('/x', {}));
show('data arraybuffer', () => fs.writeFileSync('/x', new ArrayBuffer(2)));
show('data String', () => fs.appendFileSync('/x', new String('s')));
show('mode string', () => fs.writeFileSync('/x', 'd', { mode: 'rw' }));
show('mode negative', () => fs.writeFileSync('/x', 'd', { mode: -1 }));
show('mode float', () => fs.mkdirSync('/x', 1.5));
show('mode bad octal', () => fs.mkdirSync('/x', '789'));
show('recursive type', () => fs.mkdirSync('/x', { recursive: 'yes' }));
show('rm options', () => fs.rmSync('/x', 5));
show('rm force', () => fs.rmSync('/x', { force: 1 }));
show('rm retries', () => fs.rmSync('/x', { maxRetries: -1 }));
show('access mode', () => fs.accessSync('/', 8));
show('access mode type', () => fs.accessSync('/', '1'));
show('copy mode', () => fs.copyFileSync('/a', '/b', -1));
show('rename new', () => fs.renameSync('/a', 1));
show('copy dest', () => fs.copyFileSync('/a'));
show('symlink target', () => fs.symlinkSync(undefined, '/b'));
show('mkdtemp prefix', () => fs.mkdtempSync(5));
show('chmod mode', () => fs.chmodSync('/x'));
show('readdir recursive', () => fs.readdirSync('/', { recursive: 1 }));
show('readdir types', () => fs.readdirSync('/', { withFileTypes: 'x' }));
show('truncate len', () => fs.truncateSync('/x', 'a'));
show('read buffer', () => fs.readSync(0, 'x'));
show('write buffer', () => fs.writeSync(1, 5));
show('write offset', () => fs.writeSync(1, Buffer.alloc(2), 3));
show('write length', () => fs.writeSync(1, Buffer.alloc(2), 0, 3));
show('read length', () => fs.readSync(0, Buffer.alloc(2), 1, 2));
show('read position', () => fs.readSync(0, Buffer.alloc(2), 0, 1, -5));
show('read position type', () => fs.readSync(0, Buffer.alloc(2), 0, 1, 'x'));
show('existsSync bad', () => console.log('existsSync', fs.existsSync(), fs.existsSync(5), fs.existsSync('/a\0')));

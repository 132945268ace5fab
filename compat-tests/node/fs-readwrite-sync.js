// Whole-file reads and writes: encodings, flags, modes, data kinds.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-compat-'));
const file = path.join(tmp, 'a.txt');
function show(label, f) {
  try {
    console.log(label, JSON.stringify(f()));
  } catch (e) {
    console.log(label, e.name, e.code, e.message.split(tmp).join('<tmp>'));
  }
}

show('write string', () => fs.writeFileSync(file, 'héllo wörld'));
show('read buffer', () => fs.readFileSync(file).toString('hex'));
show('is buffer', () => Buffer.isBuffer(fs.readFileSync(file)));
show('read utf8', () => fs.readFileSync(file, 'utf8'));
show('read options', () => fs.readFileSync(file, { encoding: 'base64' }));
show('read latin1', () => fs.readFileSync(file, 'latin1'));
show('read null enc', () => fs.readFileSync(file, { encoding: null }).length);
show('write hex', () => fs.writeFileSync(file, '6869', 'hex'));
show('after hex', () => fs.readFileSync(file, 'utf8'));
show('write base64 opt', () => fs.writeFileSync(file, 'aGVsbG8=', { encoding: 'base64' }));
show('after base64', () => fs.readFileSync(file, 'utf8'));
show('write buffer', () => fs.writeFileSync(file, Buffer.from([0x41, 0x42, 0x43])));
show('write u8', () => fs.appendFileSync(file, new Uint8Array([0x44])));
show('write u16', () => fs.appendFileSync(file, new Uint16Array([0x4645])));
show('write dataview', () => fs.appendFileSync(file, new DataView(new Uint8Array([0x47]).buffer)));
show('after views', () => fs.readFileSync(file, 'utf8').slice(0, 7));
show('append str', () => fs.appendFileSync(file, '!', 'utf8'));
show('truncate by w', () => { fs.writeFileSync(file, 'xy'); return fs.readFileSync(file, 'utf8'); });
show('flag a', () => { fs.writeFileSync(file, 'z', { flag: 'a' }); return fs.readFileSync(file, 'utf8'); });
show('flag wx', () => fs.writeFileSync(file, 'q', { flag: 'wx' }));
show('flag ax', () => fs.appendFileSync(file, 'q', { flag: 'ax' }));
show('flag wx new', () => { fs.writeFileSync(file + '2', 'new', { flag: 'wx' }); return fs.readFileSync(file + '2', 'utf8'); });
show('flag r write', () => fs.writeFileSync(file, 'x', { flag: 'r' }));
show('flag w+ read', () => fs.readFileSync(file, { flag: 'a+', encoding: 'utf8' }));
show('mode', () => { fs.writeFileSync(file + '3', '', { mode: 0o600 }); return (fs.statSync(file + '3').mode & 0o777).toString(8); });
show('mode str', () => { fs.writeFileSync(file + '4', '', { mode: '640' }); return (fs.statSync(file + '4').mode & 0o777).toString(8); });
show('append new', () => { fs.appendFileSync(file + '5', 'fresh'); return fs.readFileSync(file + '5', 'utf8'); });
show('empty', () => { fs.writeFileSync(file, ''); return fs.readFileSync(file).length; });
show('big', () => { fs.writeFileSync(file, 'x'.repeat(100000)); return fs.readFileSync(file, 'utf8').length; });
show('buffer path', () => fs.readFileSync(Buffer.from(file)).length);
show('fd read', () => {
  const fd = fs.openSync(file, 'r');
  const n = fs.readFileSync(fd).length;
  fs.closeSync(fd);
  return n;
});
show('fd write', () => {
  const fd = fs.openSync(file, 'w');
  fs.writeFileSync(fd, 'via fd');
  fs.appendFileSync(fd, '+more');
  fs.closeSync(fd);
  return fs.readFileSync(file, 'utf8');
});
fs.rmSync(tmp, { recursive: true });
console.log('cleaned', fs.existsSync(tmp));

// File descriptors: open flags and modes, read and write at positions,
// fstat, ftruncate, fsync and close, in sync and callback forms.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-compat-'));
const hide = (s) => (typeof s === 'string' ? s.split(tmp).join('<tmp>') : s);
const f = path.join(tmp, 'io');
function show(label, fn) {
  try {
    console.log(label, JSON.stringify(fn()));
  } catch (e) {
    console.log(label, e.name, e.code, hide(e.message));
  }
}

const fd = fs.openSync(f, 'w+', 0o640);
show('fd is number', () => Number.isInteger(fd) && fd > 2);
show('mode', () => (fs.fstatSync(fd).mode & 0o777).toString(8));
show('write string', () => fs.writeSync(fd, 'hello'));
show('write utf8', () => fs.writeSync(fd, ' wörld', null, 'utf8'));
show('write buffer part', () => fs.writeSync(fd, Buffer.from('_abcdef_'), 1, 6));
show('write at position', () => fs.writeSync(fd, 'J', 0));
show('write options', () => fs.writeSync(fd, Buffer.from('xyz'), { offset: 2, length: 1, position: 1 }));
show('write hex', () => fs.writeSync(fd, '2121', null, 'hex'));
show('contents', () => fs.readFileSync(f, 'utf8'));
show('fstat size', () => fs.fstatSync(fd).size);
const b = Buffer.alloc(8);
show('read at 0', () => [fs.readSync(fd, b, 0, 5, 0), b.toString('utf8', 0, 5)]);
show('read offset', () => [fs.readSync(fd, b, 5, 3, 0), b.toString()]);
show('read options', () => [fs.readSync(fd, b, { position: 13, length: 4 }), b.toString('utf8', 0, 4)]);
show('read buffer only', () => fs.readSync(fd, Buffer.alloc(4)));
show('read past end', () => fs.readSync(fd, b, 0, 8, 1000));
show('read zero', () => fs.readSync(fd, b, 0, 0, 0));
show('read into Uint16Array', () => { const u = new Uint16Array(2); fs.readSync(fd, u, 0, 4, 0); return Array.from(u); });
show('ftruncate', () => { fs.ftruncateSync(fd, 4); return fs.readFileSync(f, 'utf8'); });
show('ftruncate default', () => { fs.ftruncateSync(fd); return fs.fstatSync(fd).size; });
show('fsync', () => fs.fsyncSync(fd));
show('close', () => fs.closeSync(fd));
show('close again', () => fs.closeSync(fd));
show('read closed', () => fs.readSync(fd, b));
show('open wx existing', () => fs.openSync(f, 'wx'));
show('open r missing', () => fs.openSync(path.join(tmp, 'none')));
show('open numeric flags', () => { const d = fs.openSync(f, fs.constants.O_RDONLY); fs.closeSync(d); return true; });
show('write to read-only', () => { const d = fs.openSync(f, 'r'); try { return fs.writeSync(d, 'x'); } finally { fs.closeSync(d); } });
show('append flag', () => {
  const d = fs.openSync(f, 'a');
  fs.writeSync(d, 'one');
  fs.writeSync(d, 'two', 0);
  fs.closeSync(d);
  return fs.readFileSync(f, 'utf8');
});

fs.open(f, 'r+', function (err, afd) {
  console.log('async open', arguments.length, err, Number.isInteger(afd));
  fs.write(afd, 'XY', 0, function (err2, written, str) {
    console.log('async write string', arguments.length, err2, written, str);
    const buf = Buffer.from('__Q__');
    fs.write(afd, buf, 2, 1, 2, function (err3, n, same) {
      console.log('async write buffer', arguments.length, err3, n, same === buf);
      const rb = Buffer.alloc(6);
      fs.read(afd, rb, 0, 6, 0, function (err4, n2, rbuf) {
        console.log('async read', arguments.length, err4, n2, rbuf === rb, rb.toString());
        fs.read(afd, { buffer: Buffer.alloc(2), position: 1 }, (err5, n3, b3) => {
          console.log('async read options', err5, n3, b3.toString());
          fs.fstat(afd, (err6, st) => {
            console.log('async fstat', err6, st.size);
            fs.close(afd, function (err7) {
              console.log('async close', arguments.length, err7);
              fs.close(afd, (err8) => {
                console.log('async close again', err8.code, err8.syscall);
                fs.rmSync(tmp, { recursive: true });
                console.log('cleaned', fs.existsSync(tmp));
              });
            });
          });
        });
      });
    });
  });
});

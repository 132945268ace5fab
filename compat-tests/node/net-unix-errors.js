// Unix-domain socket failures: connecting to a regular file (ECONNREFUSED),
// to a directory that does not exist (ENOENT), listening where the
// directory does not exist (EACCES or ENOENT as Node reports it), and on a
// path that is an existing regular file (EADDRINUSE).
'use strict';
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nodeshim-unix-err-'));
const plain = path.join(dir, 'plain.txt');
fs.writeFileSync(plain, 'not a socket');

const steps = [
  (done) => {
    const c = net.connect(plain);
    c.on('error', (e) => { console.log('connect to a file', e.code, e.syscall, e.address === plain); done(); });
  },
  (done) => {
    const p = path.join(dir, 'nope', 'x.sock');
    const c = net.connect({ path: p });
    c.on('error', (e) => { console.log('connect in a missing dir', e.code, e.syscall, e.address === p, e.message === 'connect ENOENT ' + p); done(); });
  },
  (done) => {
    const s = net.createServer();
    const p = path.join(dir, 'nope', 'x.sock');
    s.on('error', (e) => { console.log('listen in a missing dir', e.code, e.syscall, e.address === p, s.listening); done(); });
    s.listen(p);
  },
  (done) => {
    const s = net.createServer();
    s.on('error', (e) => { console.log('listen on a file', e.code, e.syscall, e.address === plain, e.message === 'listen EADDRINUSE: address already in use ' + plain); done(); });
    s.listen(plain);
  },
];

function run() {
  const step = steps.shift();
  if (!step) {
    fs.rmSync(dir, { recursive: true });
    console.log('done');
    return;
  }
  step(run);
}
run();

// Callback forms: they run after the calling code, get (err, value) with
// Node's argument counts, and report errors through err.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fs-compat-'));
const hide = (s) => (typeof s === 'string' ? s.split(tmp).join('<tmp>') : s);
const file = path.join(tmp, 'f.txt');
const steps = [];

steps.push((next) => fs.writeFile(file, 'callback data', function () {
  console.log('writeFile', arguments.length, arguments[0]);
  next();
}));
steps.push((next) => fs.readFile(file, function (err, buf) {
  console.log('readFile', arguments.length, err, Buffer.isBuffer(buf), buf.toString());
  next();
}));
steps.push((next) => fs.readFile(file, 'utf8', (err, s) => {
  console.log('readFile utf8', err, s);
  next();
}));
steps.push((next) => fs.readFile(file, { encoding: 'hex', flag: 'r' }, (err, s) => {
  console.log('readFile hex', err, s.slice(0, 8));
  next();
}));
steps.push((next) => fs.appendFile(file, '+', function () {
  console.log('appendFile', arguments.length, arguments[0], fs.readFileSync(file, 'utf8'));
  next();
}));
steps.push((next) => fs.readFile(path.join(tmp, 'none'), function (err, data) {
  console.log('readFile error', arguments.length, err instanceof Error, err.code, err.errno, err.syscall, hide(err.path), hide(err.message), data);
  next();
}));
steps.push((next) => fs.readFile(tmp, (err) => {
  console.log('readFile dir', err.code, err.syscall, err.message, 'path' in err);
  next();
}));
steps.push((next) => fs.stat(file, function (err, st) {
  console.log('stat', arguments.length, err, st.size, st.isFile());
  next();
}));
steps.push((next) => fs.access(file, fs.constants.R_OK | fs.constants.W_OK, function () {
  console.log('access', arguments.length, arguments[0]);
  next();
}));
steps.push((next) => fs.access(file, fs.constants.X_OK, (err) => {
  console.log('access X_OK', err.code, hide(err.message));
  next();
}));
steps.push((next) => fs.exists(file, function () {
  console.log('exists', arguments.length, arguments[0]);
  next();
}));
steps.push((next) => fs.exists(path.join(tmp, 'none'), (b) => {
  console.log('exists missing', b);
  next();
}));
steps.push((next) => fs.rename(file, file + '.moved', function () {
  console.log('rename', arguments.length, arguments[0], fs.existsSync(file + '.moved'));
  next();
}));
steps.push((next) => fs.copyFile(file + '.moved', file, function () {
  console.log('copyFile', arguments.length, arguments[0], fs.readFileSync(file, 'utf8'));
  next();
}));
steps.push((next) => fs.unlink(file + '.moved', function () {
  console.log('unlink', arguments.length, arguments[0]);
  next();
}));
steps.push((next) => fs.realpath(tmp + '/./', (err, p) => {
  console.log('realpath', err, p === fs.realpathSync(tmp));
  next();
}));
steps.push((next) => {
  let called = false;
  fs.stat(file, () => {
    called = true;
    console.log('callback after sync code');
    next();
  });
  console.log('sync code ran first', called === false);
});
steps.push((next) => {
  try {
    fs.stat(file, (e) => e);
    fs.readFile(file, 'bad-encoding', () => {});
  } catch (e) {
    console.log('validation throws synchronously', e.code);
  }
  setTimeout(next, 10);
});
steps.push(() => {
  fs.rmSync(tmp, { recursive: true });
  console.log('cleaned', fs.existsSync(tmp));
});

const run = (i) => steps[i](() => run(i + 1));
run(0);

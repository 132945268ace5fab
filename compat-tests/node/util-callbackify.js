'use strict';
const util = require('util');
async function ok(a, b) { return a + b; }
async function fails() { throw new Error('async failure'); }
async function rejectsNull() { return Promise.reject(null); }
const cbOk = util.callbackify(ok);
console.log(typeof cbOk, cbOk.name, cbOk.length);
cbOk(1, 2, (err, v) => console.log('ok:', err, v));
util.callbackify(fails)((err, v) => console.log('fails:', err.message, v));
util.callbackify(rejectsNull)((err) => console.log('null:', err.code, err.message, err.reason));
try {
  cbOk(1, 2);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
try {
  util.callbackify('nope');
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log('sync end');

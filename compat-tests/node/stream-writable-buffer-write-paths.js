// Buffer writes on an idle Writable (past its first write), the case a
// write starts _write at once: the state _write sees, write()'s answer
// against the highWaterMark, callbacks of synchronous and later
// completions, a synchronous error, a _write that throws, and
// Uint8Arrays that are not Buffers (converted before _write).
'use strict';
const { Writable } = require('stream');

const log = [];
function make(name, write, opts) {
  const w = new Writable(Object.assign({ highWaterMark: 8, write }, opts));
  w.on('drain', () => log.push(name + ' drain'));
  w.on('error', (e) => log.push(name + ' error ' + e.message));
  w.on('finish', () => log.push(name + ' finish'));
  w.write(Buffer.from('first'), () => log.push(name + ' first cb'));
  return w;
}
function seen(w, chunk, enc) {
  const s = w._writableState;
  return [Buffer.isBuffer(chunk), chunk.constructor.name, String(chunk), enc, s.length, s.writelen,
    s.writing, s.sync, s.pendingcb, w.writableLength].join(' ');
}

const sync = make('sync', function (chunk, enc, cb) {
  log.push('sync _write ' + seen(this, chunk, enc));
  cb();
});
const later = [];
const async = make('async', function (chunk, enc, cb) {
  log.push('async _write ' + seen(this, chunk, enc));
  later.push(cb);
});
const failing = make('failing', function (chunk, enc, cb) {
  if (String(chunk) === 'bad') cb(new Error('sync failure'));
  else cb();
});
const throwing = make('throwing', function (chunk, enc, cb) {
  if (String(chunk) === 'throw') throw new Error('thrown in _write');
  cb();
});

process.nextTick(() => {
  log.push('--- idle writes');
  log.push('sync write -> ' + sync.write(Buffer.from('small')) + ' ' + sync.writableLength);
  log.push('sync write cb -> ' + sync.write(Buffer.from('twelve bytes'), (e) => log.push('sync cb ' + e)));
  log.push('sync u8 -> ' + sync.write(new Uint8Array([104, 105]), () => log.push('sync u8 cb')));
  log.push('sync needDrain ' + sync.writableNeedDrain + ' pendingcb ' + sync._writableState.pendingcb);
  later.shift()();
  log.push('async write -> ' + async.write(Buffer.from('0123456789'), (e) => log.push('async cb ' + e)) +
    ' ' + async.writableLength + ' ' + async.writableNeedDrain);
  log.push('async queued -> ' + async.write(Buffer.from('q')) + ' ' + async.writableLength);
  log.push('failing write -> ' + failing.write(Buffer.from('bad'), (e) => log.push('failing cb ' + e.message)) +
    ' errored ' + (failing.writableErrored && failing.writableErrored.message));
  try {
    throwing.write(Buffer.from('throw'));
  } catch (e) {
    log.push('caught ' + e.message + ' writing ' + throwing._writableState.writing);
  }
  setImmediate(() => {
    log.push('--- completions');
    while (later.length) later.shift()();
    sync.end(() => log.push('sync end cb'));
    async.end(() => log.push('async end cb'));
    setImmediate(() => {
      while (later.length) later.shift()();
      setImmediate(() => console.log(log.join('\n')));
    });
  });
});

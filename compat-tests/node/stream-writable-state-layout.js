// WritableState in Node 20.20's layout: counters as own properties, the
// flags as bits of one number under Symbol(kState) read through accessors
// on the prototype, the other fields under symbols.
'use strict';
const { Writable, Duplex } = require('stream');
const util = require('util');

const keys = (o) => Reflect.ownKeys(o).map(String);
const stateKey = (s) => Object.getOwnPropertySymbols(s).find((k) => String(k) === 'Symbol(kState)');
const bits = (s) => s[stateKey(s)];

const fresh = new Writable({ write(c, e, cb) { cb(); } });
const s = fresh._writableState;
console.log('keys', Object.keys(s));
console.log('own', keys(s));
console.log('bits', bits(s));
console.log(util.inspect(s));

const proto = Object.getPrototypeOf(s);
for (const key of Object.getOwnPropertyNames(proto)) {
  const d = Object.getOwnPropertyDescriptor(proto, key);
  const kind = 'value' in d ? typeof d.value : (d.get ? 'get' : '') + (d.set ? 'set' : '');
  console.log('proto', key, kind, d.enumerable, d.configurable);
}

const flags = ['objectMode', 'finalCalled', 'needDrain', 'ending', 'ended', 'finished', 'destroyed',
  'decodeStrings', 'writing', 'sync', 'bufferProcessing', 'constructed', 'prefinished', 'errorEmitted',
  'emitClose', 'autoDestroy', 'closed', 'closeEmitted', 'allBuffers', 'allNoop'];
const show = (label, st) => console.log(label, flags.filter((f) => st[f]).join(','),
  st.writable, st.defaultEncoding, st.errored && st.errored.message, st.length, st.pendingcb,
  st.bufferedRequestCount, st.buffered.length);

show('fresh', s);
const opts = new Writable({ objectMode: true, defaultEncoding: 'latin1', decodeStrings: false, emitClose: false, write() {} });
show('options', opts._writableState);
console.log('options bits', bits(opts._writableState), keys(opts._writableState));

// Writes held by a _write that calls back later.
const held = [];
const w = new Writable({ highWaterMark: 4, write(c, e, cb) { held.push(cb); } });
const ws = w._writableState;
console.log('write', w.write('abc'), w.write('defg', () => console.log('cb defg')));
show('writing', ws);
console.log('writecb', typeof ws.writecb, 'buffer', ws.getBuffer().map((b) => String(b.chunk)));
ws.needDrain = false;
console.log('needDrain set', ws.needDrain, w.writableNeedDrain);
ws.needDrain = true;
console.log('needDrain set', ws.needDrain, w.writableNeedDrain);
w.end('h', () => console.log('end cb'));
show('ending', ws);
w.on('finish', () => {
  show('finished', ws);
  console.log('finished bits', bits(ws));
});
w.on('close', () => show('closed', ws));
const next = () => { const cb = held.shift(); if (cb) { cb(); setImmediate(next); } };
setImmediate(next);

// Sync writes with a callback share one tick.
const sync = new Writable({ write(c, e, cb) { cb(); } });
sync.write('x', () => {});
console.log('afterWriteTickInfo', sync._writableState.afterWriteTickInfo !== null,
  sync._writableState.afterWriteTickInfo.count);

// An error, then destroy.
const bad = new Writable({ write(c, e, cb) { cb(new Error('boom')); } });
bad.on('error', (err) => {
  show('errored', bad._writableState);
  // (Node also keeps a kWriteCbValue slot once a write called back; this
  // runtime makes it only for writes that have a callback.)
  console.log('errored bits', bits(bad._writableState),
    keys(bad._writableState).filter((k) => k !== 'Symbol(kWriteCbValue)'));
});
bad.write('x');

const d = new Duplex({ writable: false, read() {} });
show('unwritable', d._writableState);
d._writableState.writable = true;
console.log('writable set', d._writableState.writable, bits(d._writableState));
d._writableState.writable = undefined;
console.log('writable unset', d._writableState.writable);

const gone = new Writable({ write(c, e, cb) { cb(); } });
gone.destroy();
show('destroyed', gone._writableState);
gone.on('close', () => {
  show('destroyed closed', gone._writableState);
  console.log('destroyed bits', bits(gone._writableState));
});

// A ReadableState's layout as in Node 20.20: the buffer, its counters and
// the pipes are its own properties; every flag is a bit of one number under
// the symbol kState, read and written through accessors on the prototype
// (flowing and paused keep three states in two bits each; errored,
// defaultEncoding, decoder and encoding keep their values under symbols).
'use strict';
const { Readable, PassThrough, Duplex } = require('stream');

function fresh(options) {
  return new Readable(Object.assign({ read() {} }, options));
}

const state0 = fresh()._readableState;
const proto = Object.getPrototypeOf(state0);
const kState = Object.getOwnPropertySymbols(state0).find((s) => String(s) === 'Symbol(kState)');

console.log('own keys', JSON.stringify(Object.keys(state0)));
console.log('own symbols', Object.getOwnPropertySymbols(state0).map(String).join(' '));
console.log('fresh kState', state0[kState]);
console.log('constructor', proto.constructor.name, Object.keys(proto).length === 0);

// Accessors: names, kinds and descriptor shapes.
for (const name of Object.getOwnPropertyNames(proto)) {
  if (name === 'constructor') continue;
  const d = Object.getOwnPropertyDescriptor(proto, name);
  console.log('accessor', name, typeof d.get, typeof d.set, d.enumerable, d.configurable,
    d.get && d.get.name, d.set && d.set.name);
}
console.log('proto symbols', Object.getOwnPropertySymbols(proto).map(String).join(' '));

// Each boolean flag is one bit.
const flags = ['objectMode', 'ended', 'endEmitted', 'reading', 'constructed', 'sync', 'needReadable',
  'emittedReadable', 'readableListening', 'resumeScheduled', 'errorEmitted', 'emitClose', 'autoDestroy',
  'destroyed', 'closed', 'closeEmitted', 'multiAwaitDrain', 'readingMore', 'dataEmitted'];
for (const name of flags) {
  const s = fresh()._readableState;
  const before = s[kState];
  s[name] = !s[name];
  console.log('bit', name, Math.log2(before ^ s[kState]), s[name]);
  s[name] = 0;
  console.log('  falsy', s[name], Object.getOwnPropertyNames(s).length);
}

// Tri-states and the values kept under symbols.
function show(label, s) {
  console.log(label, s[kState], String(s.flowing), String(s.paused), String(s.errored),
    s.defaultEncoding, String(s.encoding), s.decoder === null ? 'no decoder' : 'decoder',
    Object.getOwnPropertySymbols(s).map(String).join(' '));
}
for (const value of [true, false, null, undefined, 0, 'yes']) {
  const s = fresh()._readableState;
  s.flowing = value;
  show('flowing=' + String(value), s);
  const t = fresh()._readableState;
  t.paused = value;
  show('paused=' + String(value), t);
}
{
  const s = fresh()._readableState;
  s.errored = new Error('boom');
  show('errored set', s);
  s.errored = null;
  show('errored cleared', s);
  s.defaultEncoding = 'hex';
  show('defaultEncoding hex', s);
  s.defaultEncoding = 'utf-8';
  show('defaultEncoding utf-8', s);
  s.encoding = 'latin1';
  show('encoding latin1', s);
  s.encoding = '';
  show('encoding cleared', s);
  console.log('pipesCount', s.pipesCount, Object.getOwnPropertyDescriptor(proto, 'pipesCount').set);
}
show('options', fresh({ encoding: 'hex', defaultEncoding: 'latin1', objectMode: true, emitClose: false })._readableState);
show('option utf8', fresh({ defaultEncoding: 'utf8' })._readableState);
try {
  fresh({ defaultEncoding: 'nope' });
} catch (err) {
  console.log('bad defaultEncoding', err.name, err.code, err.message);
}
show('passthrough', new PassThrough()._readableState);
show('duplex readable false', new Duplex({ readable: false })._readableState);

// The flags through a stream's life.
const r = fresh();
const s = r._readableState;
show('new', s);
r.pause();
show('pause', s);
console.log('isPaused', r.isPaused(), r.readableFlowing);
r.resume();
show('resume', s);
console.log('isPaused', r.isPaused(), r.readableFlowing);
r.push('abc');
show('push', s);
process.nextTick(() => {
  show('tick', s);
  const chunks = [];
  r.on('data', (c) => chunks.push(String(c)));
  show('on data', s);
  r.push('def');
  show('push flowing', s);
  r.push(null);
  show('push null', s);
  r.on('end', () => {
    show('end', s);
    console.log('chunks', chunks.join(','), r.readableEnded, r.readableDidRead);
  });
  r.on('close', () => {
    show('close', s);
    errorCase();
  });
});

// A destroyed stream with an error.
function errorCase() {
  const e = fresh();
  const es = e._readableState;
  e.on('error', (err) => {
    show('error event', es);
    console.log('errored', es.errored === err, e.errored === err, e.destroyed, e.readableAborted);
    readableListening();
  });
  e.destroy(new Error('broken'));
  show('destroy', es);
}

// 'readable' listeners: flowing false until they go.
function readableListening() {
  const q = fresh();
  const qs = q._readableState;
  const onReadable = () => {
    let chunk;
    while ((chunk = q.read()) !== null) console.log('read', String(chunk));
  };
  q.on('readable', onReadable);
  show('on readable', qs);
  q.push('xyz');
  setImmediate(() => {
    show('after readable', qs);
    q.removeListener('readable', onReadable);
    q.on('data', (c) => console.log('data', String(c)));
    setImmediate(() => {
      show('after switch', qs);
      q.push('w');
      setImmediate(() => show('last', qs));
    });
  });
}

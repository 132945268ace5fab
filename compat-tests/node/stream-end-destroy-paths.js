'use strict';
// The calls a socket makes at each end of its life, on plain streams:
// end() with no arguments (writes still under way, corked, twice, with a
// callback), destroy() without an error (twice, with a callback, while
// writes are queued), read(0) (with a _read to call, with one under way,
// with a _read that throws), resume() and listeners for events other than
// 'data' and 'readable', and a duplex that is not half-open ending both
// sides. Each case logs its events, with the ticks around them.
const { Writable, Readable, Duplex } = require('stream');

const cases = [];
function test(name, fn) { cases.push([name, fn]); }
function run() {
  const next = cases.shift();
  if (!next) return;
  const [name, fn] = next;
  const log = (...a) => console.log(name + ':', ...a);
  fn(log, () => setImmediate(run));
}

function events(stream, log, names) {
  for (const ev of names) stream.on(ev, (arg) => log('event', ev, arg instanceof Error ? arg.code || arg.message : arg));
}

test('end while writing', (log, done) => {
  let pending;
  const w = new Writable({ write(chunk, enc, cb) { pending = cb; }, final(cb) { log('final'); cb(); } });
  events(w, log, ['prefinish', 'finish', 'close']);
  w.write('a', () => log('write cb'));
  log('end returns this', w.end() === w);
  log('ended', w.writableEnded, 'finished', w.writableFinished, 'state', w._writableState.ending, w._writableState.ended);
  process.nextTick(() => log('tick'));
  setImmediate(() => { log('completing'); pending(); setImmediate(done); });
});

test('end twice', (log, done) => {
  const w = new Writable({ write(chunk, enc, cb) { cb(); } });
  events(w, log, ['finish', 'close', 'error']);
  w.end();
  w.end((err) => log('second end cb', err && err.code));
  setImmediate(() => w.end((err) => { log('third end cb', err && err.code); setImmediate(done); }));
});

test('end corked', (log, done) => {
  const w = new Writable({ write(chunk, enc, cb) { log('write', String(chunk)); cb(); } });
  events(w, log, ['finish', 'close']);
  w.cork();
  w.write('x');
  w.end();
  log('corked', w.writableCorked, 'length', w.writableLength);
  setImmediate(done);
});

test('end null and odd arguments', (log, done) => {
  const w = new Writable({ write(chunk, enc, cb) { cb(); } });
  events(w, log, ['finish']);
  w.end(null, 'utf8', undefined);
  log('ended', w.writableEnded);
  setImmediate(done);
});

test('end with a chunk', (log, done) => {
  const w = new Writable({
    decodeStrings: false,
    write(chunk, enc, cb) { log('write', typeof chunk, String(chunk), enc); setImmediate(cb); },
    final(cb) { log('final'); cb(); },
  });
  events(w, log, ['prefinish', 'finish', 'close', 'error']);
  log('returns this', w.end('ab', 'latin1') === w, 'length', w.writableLength, 'ended', w.writableEnded);
  setImmediate(() => setImmediate(done));
});

test('end with a chunk and callbacks', (log, done) => {
  const w = new Writable({ write(chunk, enc, cb) { log('write', chunk.toString('hex'), enc); cb(); } });
  events(w, log, ['finish', 'close', 'error']);
  w.end(Buffer.from([1, 2]), (err) => log('end cb (as encoding)', err));
  const w2 = new Writable({ write(chunk, enc, cb) { log('w2 write', String(chunk), enc); cb(); } });
  w2.end('6869', 'hex', (err) => log('w2 end cb', err));
  const w3 = new Writable({ objectMode: true, write(chunk, enc, cb) { log('w3 write', JSON.stringify(chunk), enc); cb(); } });
  w3.end({ a: 1 }, (err) => log('w3 end cb', err));
  setImmediate(done);
});

test('end with a chunk after end or destroy', (log, done) => {
  const w = new Writable({ write(chunk, enc, cb) { cb(); } });
  events(w, log, ['finish', 'close', 'error']);
  w.end();
  log('second end returns this', w.end('late', (err) => log('late cb', err && err.code)) === w);
  const d = new Writable({ write(chunk, enc, cb) { cb(); } });
  events(d, (...a) => log('destroyed stream', ...a), ['close', 'error']);
  d.destroy();
  d.end('x', (err) => log('end after destroy cb', err && err.code));
  setImmediate(() => setImmediate(done));
});

test('end with a bad chunk', (log, done) => {
  const w = new Writable({ write(chunk, enc, cb) { cb(); } });
  try { w.end(42); } catch (err) { log('threw', err.code, 'ended', w.writableEnded); }
  try { w.end('x', 'no-such-encoding'); } catch (err) { log('threw', err.code, 'ended', w.writableEnded); }
  done();
});

test('end with a chunk while corked', (log, done) => {
  const w = new Writable({ write(chunk, enc, cb) { log('write', String(chunk)); cb(); } });
  events(w, log, ['finish']);
  w.cork();
  w.cork();
  w.end('z');
  log('corked', w.writableCorked);
  setImmediate(done);
});

test('final throws', (log, done) => {
  const w = new Writable({ write(chunk, enc, cb) { cb(); }, final() { throw new Error('boom'); } });
  events(w, log, ['prefinish', 'finish', 'error', 'close']);
  w.end();
  log('after end', w.writableEnded, w.destroyed);
  setImmediate(done);
});

test('destroy twice', (log, done) => {
  const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
  events(d, log, ['close', 'error', 'end', 'finish']);
  log('destroy returns this', d.destroy(null, (err) => log('first cb', err)) === d);
  d.destroy(undefined, (...a) => log('second cb', a.length));
  log('destroyed', d.destroyed, d.closed, d._readableState.destroyed, d._writableState.destroyed);
  process.nextTick(() => log('tick', d.closed));
  setImmediate(done);
});

test('destroy with writes queued', (log, done) => {
  const w = new Writable({ write(chunk, enc, cb) { setImmediate(cb); } });
  events(w, log, ['close', 'error']);
  w.write('a', (err) => log('first write cb', err && err.code));
  w.write('b', (err) => log('second write cb', err && err.code));
  w.destroy();
  setImmediate(() => setImmediate(done));
});

test('destroy with a custom _destroy', (log, done) => {
  const d = new Duplex({
    read() {}, write(c, e, cb) { cb(); },
    destroy(err, cb) { log('_destroy', err); setImmediate(() => cb(null)); },
  });
  events(d, log, ['close', 'error']);
  d.destroy();
  log('closed yet', d.closed);
  setImmediate(() => setImmediate(done));
});

test('read(0)', (log, done) => {
  const calls = [];
  const r = new Readable({ highWaterMark: 5, read(n) { calls.push(n); } });
  log('read(0) returns', r.read(0));
  log('reading', r._readableState.reading, 'needReadable', r._readableState.needReadable, 'calls', calls);
  log('again', r.read(0), calls, r._readableState.needReadable);
  r.push('ab');
  log('after push', r._readableState.reading, r.readableLength, r.read(0), calls);
  setImmediate(done);
});

test('read(0) with a throwing _read', (log, done) => {
  const r = new Readable({ read() { throw new Error('no read'); } });
  events(r, log, ['error', 'close']);
  log('read(0) returns', r.read(0), 'destroyed', r.destroyed);
  setImmediate(done);
});

test('resume and listeners', (log, done) => {
  const r = new Readable({ read() {} });
  events(r, log, ['resume', 'pause', 'end', 'close']);
  const onClose = () => log('never');
  log('on returns this', r.on('close', onClose) === r, 'off returns this', r.off('close', onClose) === r);
  log('removeListener is off', r.removeListener === r.off, r.addListener === r.on);
  log('resume returns this', r.resume() === r, r.readableFlowing, r._readableState.resumeScheduled);
  r.resume();
  process.nextTick(() => log('tick', r._readableState.resumeScheduled));
  setImmediate(() => { r.push(null); setImmediate(done); });
});

test('not half-open', (log, done) => {
  const d = new Duplex({
    allowHalfOpen: false, read() {}, write(c, e, cb) { cb(); },
    final(cb) { log('final'); cb(); },
  });
  events(d, log, ['end', 'prefinish', 'finish', 'close']);
  d.resume();
  d.push(null);
  process.nextTick(() => log('tick', d.writableEnded));
  setImmediate(() => setImmediate(done));
});

test('names', (log, done) => {
  const W = Writable.prototype;
  const R = Readable.prototype;
  log(JSON.stringify([W.end.name, W.end.length, W.destroy.name, W.destroy.length, R.on.name, R.on.length,
    R.resume.name, R.resume.length, R.removeListener.name, R.removeListener.length, Duplex.prototype.end === W.end]));
  done();
});

run();

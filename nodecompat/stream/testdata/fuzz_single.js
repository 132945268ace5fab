// Differential fuzz script for one stream: a random kind (Readable,
// Writable, Duplex, Transform, PassThrough) and options, then a random
// sequence of operations (push, read(n), listeners, pause/resume, write,
// end, cork, destroy, unshift, setEncoding, finished, pipe, async
// iteration) spread over ticks, microtasks and immediates, logging every
// event and the stream's state. Run with a seed under node and nodeshim:
// the outputs must be identical. The PRNG of fuzz_common.js makes each seed
// deterministic.
const { Readable, Writable, Duplex, Transform, PassThrough, pipeline, finished } = require('stream');
const { rnd, out, log, desc } = require('./fuzz_common');

const kinds = ['readable', 'writable', 'duplex', 'transform', 'passthrough'];
const kind = kinds[rnd(kinds.length)];
const objectMode = rnd(4) === 0;
const hwm = [undefined, 0, 1, 3, 8][rnd(5)];
const opts = { objectMode };
if (hwm !== undefined) opts.highWaterMark = hwm;
if (rnd(3) === 0) opts.autoDestroy = false;
if (rnd(4) === 0) opts.emitClose = false;
if (kind === 'duplex' && rnd(2) === 0) opts.allowHalfOpen = false;
const readMode = rnd(3); // 0 sync push in _read, 1 async push, 2 manual
let produced = 0;
const maxProduce = rnd(6);
const writeMode = rnd(3); // 0 sync cb, 1 nextTick cb, 2 immediate cb
const writeError = rnd(8) === 0;
const finalMode = kind === 'writable' || kind === 'duplex' ? rnd(5) : 0; // 0 none, 1 sync, 2 async, 3 error, 4 tick
const useWritev = rnd(4) === 0;
const constructMode = rnd(6); // 0-3 none, 4 sync, 5 async
const destroyMode = rnd(4); // 0-2 default, 3 async
function extras(o) {
  if (finalMode === 1) o.final = (cb) => { log('_final'); cb(); };
  if (finalMode === 2) o.final = (cb) => { log('_final'); setImmediate(cb); };
  if (finalMode === 3) o.final = (cb) => { log('_final'); cb(new Error('ferr')); };
  if (finalMode === 4) o.final = (cb) => { log('_final'); process.nextTick(cb); };
  if (useWritev && (kind === 'writable' || kind === 'duplex')) o.writev = (chunks, cb) => { log('_writev', chunks.length); setImmediate(cb); };
  if (constructMode === 4) o.construct = (cb) => { log('_construct'); cb(); };
  if (constructMode === 5) o.construct = (cb) => { log('_construct'); setImmediate(cb); };
  if (destroyMode === 3) o.destroy = (err, cb) => { log('_destroy', desc(err)); setImmediate(cb, err); };
  return o;
}
const textBytes = Buffer.from('a€é😀b' + 'ü'.repeat(3));
function chunkFor(i) {
  if (objectMode) return { i };
  const a = rnd(textBytes.length), b = a + 1 + rnd(4);
  return rnd(3) === 0 ? 'c' + i + 'é' : textBytes.subarray(a, Math.min(b, textBytes.length));
}
function readImpl() {
  log('_read', s.readableLength);
  if (readMode === 2) return;
  const go = () => {
    produced++;
    s.push(produced > maxProduce ? null : chunkFor(produced));
  };
  if (readMode === 0) go(); else setImmediate(go);
}
function writeImpl(chunk, enc, cb) {
  log('_write', desc(chunk), objectMode ? '' : enc);
  const err = writeError && rnd(3) === 0 ? new Error('werr') : null;
  if (kind === 'duplex' && rnd(2) === 0) s.push(chunk);
  if (writeMode === 0) cb(err);
  else if (writeMode === 1) process.nextTick(cb, err);
  else setImmediate(cb, err);
}
let s;
switch (kind) {
  case 'readable': s = new Readable(extras({ ...opts, read: readImpl })); break;
  case 'writable': s = new Writable(extras({ ...opts, write: writeImpl })); break;
  case 'duplex': s = new Duplex(extras({ ...opts, read: readImpl, write: writeImpl })); break;
  case 'transform':
    s = new Transform({
      ...opts,
      transform(chunk, enc, cb) {
        log('_transform', desc(chunk));
        const r = rnd(3);
        if (r === 0) cb(null, chunk);
        else if (r === 1) { this.push(chunk); this.push(chunk); cb(); }
        else setImmediate(cb, null, chunk);
      },
      flush(cb) { log('_flush'); cb(null, rnd(2) ? chunkFor(99) : null); },
    });
    break;
  default: s = new PassThrough(opts);
}
log('kind', kind, JSON.stringify(opts), readMode, maxProduce, writeMode, writeError, finalMode, useWritev, constructMode, destroyMode);
const readable = kind !== 'writable';
const writable = kind !== 'readable';

function snap(tag) {
  const parts = [tag];
  if (readable) parts.push('rl=' + s.readableLength, 'fl=' + s.readableFlowing, 're=' + s.readableEnded);
  if (writable) parts.push('wl=' + s.writableLength, 'nd=' + s.writableNeedDrain, 'we=' + s.writableEnded, 'wf=' + s.writableFinished);
  parts.push('d=' + s.destroyed, 'c=' + s.closed, 'e=' + desc(s.errored));
  log(parts.join(' '));
}

const events = ['end', 'finish', 'prefinish', 'close', 'drain', 'pause', 'resume', 'error', 'pipe', 'unpipe'];
for (const ev of events) s.on(ev, (a) => { log('EV', ev, ev === 'error' ? desc(a) : ''); if (rnd(3) === 0) snap('  at ' + ev); });

let dataListener = null;
let sink = null;
let iter = null;
let readableListener = null;
let writes = 0;
const ops = [
  () => { if (readable) { const v = s.push(rnd(5) ? chunkFor(100 + rnd(50)) : null); log('push ->', v); } },
  () => { if (readable) { const n = [undefined, 0, 1, 2, 3, 5, 7][rnd(7)]; log('read', n, '->', desc(s.read(n))); } },
  () => { if (readable && !dataListener) { dataListener = (d) => log('EV data', desc(d)); s.on('data', dataListener); log('on data'); } },
  () => { if (readable && dataListener) { s.removeListener('data', dataListener); dataListener = null; log('off data'); } },
  () => { if (readable && !readableListener) { readableListener = () => { log('EV readable', s.readableLength); if (rnd(2)) { let c; while ((c = s.read()) !== null) log('  drained', desc(c)); } }; s.on('readable', readableListener); log('on readable'); } },
  () => { if (readable && readableListener) { s.removeListener('readable', readableListener); readableListener = null; log('off readable'); } },
  () => { if (readable) { log('pause'); s.pause(); } },
  () => { if (readable) { log('resume'); s.resume(); } },
  () => {
    if (writable) {
      writes++;
      const w = writes;
      try { log('write ->', s.write(chunkFor(w), (err) => log('cb write', w, desc(err)))); } catch (e) { log('write threw', e.code); }
    }
  },
  () => { if (writable) { log('end'); s.end(rnd(2) ? chunkFor(50) : undefined, (err) => log('cb end', desc(err))); } },
  () => { if (writable) { log('cork'); s.cork(); } },
  () => { if (writable) { log('uncork'); s.uncork(); } },
  () => { if (rnd(3) === 0) { log('destroy'); s.destroy(rnd(2) ? new Error('boom') : undefined); } },
  () => { if (readable) { log('unshift'); try { s.unshift(chunkFor(7)); } catch (e) { log('unshift threw', e.code); } } },
  () => { if (readable && !objectMode && rnd(2) === 0) { const enc = ['utf8', 'utf16le', 'base64', 'hex', 'latin1'][rnd(5)]; log('setEncoding', enc); s.setEncoding(enc); } },
  () => { if (rnd(2) === 0) { const id = rnd(100); log('finished', id); finished(s, rnd(2) ? {} : { readable: false }, (err) => log('cb finished', id, desc(err))); } },
  () => {
    if (readable && !sink && rnd(2) === 0) {
      sink = new Writable({ objectMode, highWaterMark: 2, write(c, e, cb) { log('sink write', desc(c)); if (rnd(2)) cb(); else setImmediate(cb); } });
      for (const ev of ['finish', 'close', 'pipe', 'unpipe', 'drain']) sink.on(ev, () => log('SINK', ev));
      log('pipe ->', s.pipe(sink, rnd(3) === 0 ? { end: false } : undefined) === sink);
    } else if (sink) { log('unpipe'); s.unpipe(sink); sink = null; }
  },
  () => {
    if (readable && rnd(2) === 0) {
      if (!iter) iter = s[Symbol.asyncIterator]();
      const id = rnd(100);
      log('next', id);
      iter.next().then((r) => log('next ok', id, desc(r.value), r.done), (e) => log('next err', id, desc(e)));
    }
  },
  () => { if (readable) { const once = (d) => log('EV once data', desc(d)); log('once data'); s.once('data', once); } },
];

s.on('error', () => {});
let steps = 3 + rnd(12);
function step() {
  if (steps-- <= 0) {
    process.on('exit', () => { snap('final'); console.log(out.join('\n')); });
    return;
  }
  const k = rnd(ops.length);
  ops[k]();
  snap('after op');
  const when = rnd(4); log('sched', ['sync','tick','micro','imm'][when]);
  if (when === 0) step();
  else if (when === 1) process.nextTick(step);
  else if (when === 2) Promise.resolve().then(step);
  else setImmediate(step);
}
step();

// Differential fuzz script for chains: pipe, pipeline or
// stream/promises' pipeline over a random source, transforms and a sink
// with random timing, failures and destroys, logging every event on every
// stream. Run with a seed under node and nodeshim: the outputs must be
// identical.
const stream = require('stream');
const { Readable, Writable, Transform, PassThrough, Duplex, pipeline, finished } = stream;
const { rnd, out, log, desc } = require('./fuzz_common');
process.on('exit', () => console.log(out.join('\n')));
function later(fn) {
  const k = rnd(4);
  if (k === 0) fn();
  else if (k === 1) process.nextTick(fn);
  else if (k === 2) Promise.resolve().then(fn);
  else setImmediate(fn);
}
const objectMode = rnd(3) === 0;
const names = [];
function watch(name, s) {
  names.push([name, s]);
  for (const ev of ['end', 'finish', 'close', 'error', 'drain', 'pause', 'resume', 'pipe', 'unpipe', 'prefinish']) {
    s.on(ev, (a) => log(name, 'EV', ev, ev === 'error' ? desc(a) : ''));
  }
  return s;
}
const opts = () => {
  const o = { objectMode };
  if (rnd(2)) o.highWaterMark = [0, 1, 2, 5][rnd(4)];
  if (rnd(5) === 0) o.autoDestroy = false;
  return o;
};

const total = rnd(8);
let made = 0;
const srcKind = rnd(3);
let src;
if (srcKind === 0) {
  src = new Readable({
    ...opts(),
    read() {
      made++;
      log('src _read', made);
      later(() => {
        if (made === 3 && rnd(6) === 0) { log('src destroy err'); src.destroy(new Error('srcerr')); return; }
        src.push(made > total ? null : (objectMode ? { n: made } : 'd' + made + 'é'));
      });
    },
  });
} else if (srcKind === 1) {
  const items = [];
  for (let i = 0; i < total; i++) items.push(objectMode ? { n: i } : 'i' + i);
  src = Readable.from(items, { objectMode });
} else {
  src = new PassThrough(opts());
  for (let i = 0; i < total; i++) src.write(objectMode ? { n: i } : 'w' + i);
  if (rnd(4)) src.end();
}
watch('src', src);

const mids = [];
const nMid = rnd(3);
for (let m = 0; m < nMid; m++) {
  const failAt = rnd(6) === 0 ? rnd(4) : -1;
  let count = 0;
  const name = 'mid' + m;
  const t = rnd(3) === 0 ? new PassThrough(opts()) : new Transform({
    ...opts(),
    transform(chunk, enc, cb) {
      count++;
      log(name, '_transform', desc(chunk));
      if (count === failAt) return later(() => cb(new Error(name + 'err')));
      const k = rnd(3);
      if (k === 0) cb(null, chunk);
      else if (k === 1) { this.push(chunk); later(() => cb()); }
      else later(() => cb(null, chunk));
    },
    flush(cb) { log(name, '_flush'); later(() => cb()); },
  });
  mids.push(watch(name, t));
}

let sinkWrites = 0;
const sinkFail = rnd(6) === 0 ? 1 + rnd(3) : -1;
const sink = watch('sink', new Writable({
  ...opts(),
  write(chunk, enc, cb) {
    sinkWrites++;
    log('sink _write', desc(chunk));
    const err = sinkWrites === sinkFail ? new Error('sinkerr') : null;
    later(() => cb(err));
  },
  final(cb) { log('sink _final'); later(cb); },
}));

const chain = [src, ...mids, sink];
const mode = rnd(3);
log('config', objectMode, total, srcKind, nMid, mode, sinkFail);
if (mode === 0) {
  let cur = src;
  for (const next of [...mids, sink]) cur = cur.pipe(next);
  for (const [name, s] of names) s.on('error', () => {});
} else if (mode === 1) {
  pipeline(chain, (err, val) => log('pipeline cb', desc(err), desc(val)));
} else {
  stream.promises.pipeline(...chain).then((v) => log('promise resolved', desc(v)), (e) => log('promise rejected', desc(e)));
}
if (rnd(4) === 0) {
  const victim = chain[rnd(chain.length)];
  const name = names.find((n) => n[1] === victim)[0];
  const delay = rnd(3);
  const go = () => { log('destroying', name); victim.destroy(rnd(2) ? new Error('killed') : undefined); };
  if (delay === 0) later(go); else if (delay === 1) setImmediate(go); else setImmediate(() => setImmediate(go));
}
if (rnd(3) === 0) finished(sink, (err) => log('finished sink', desc(err)));
process.on('exit', () => {
  for (const [name, s] of names) log('final', name, s.destroyed, s.closed, desc(s.errored));
});

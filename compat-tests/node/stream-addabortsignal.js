// addAbortSignal and the signal option destroy a stream with an AbortError
// when the signal aborts (at once if it already has). A minimal signal
// object stands in for AbortController.
const { addAbortSignal, Readable, Writable, finished } = require('stream');

function makeSignal() {
  const listeners = [];
  return {
    aborted: false,
    reason: undefined,
    addEventListener(type, fn) { listeners.push(fn); },
    removeEventListener(type, fn) {
      const i = listeners.indexOf(fn);
      if (i >= 0) listeners.splice(i, 1);
    },
    abort(reason) {
      this.aborted = true;
      this.reason = reason;
      for (const fn of listeners.splice(0)) fn({ type: 'abort' });
    },
    count() { return listeners.length; },
  };
}

const signal = makeSignal();
const r = new Readable({ read() {} });
console.log('returns stream', addAbortSignal(signal, r) === r, 'listeners', signal.count());
r.on('error', (e) => console.log('r error', e.name, e.code, e.message, e.cause));
r.on('close', () => console.log('r close', r.destroyed));
setImmediate(() => signal.abort('stop'));

const pre = makeSignal();
pre.abort('early');
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (e) => console.log('w error', e.name, e.cause));
addAbortSignal(pre, w);
console.log('destroyed at once', w.destroyed);

const s2 = makeSignal();
const viaOption = new Readable({ read() {}, signal: s2 });
viaOption.on('error', (e) => console.log('option error', e.name));
setImmediate(() => s2.abort());

const s3 = makeSignal();
const ended = new Readable({ read() {} });
addAbortSignal(s3, ended);
ended.push(null);
ended.resume();
finished(ended, () => setImmediate(() => console.log('listener removed after end', s3.count())));

for (const bad of [null, 'x', {}]) {
  try {
    addAbortSignal(bad, new Readable());
  } catch (e) {
    console.log('bad signal', e.code);
  }
}
try {
  addAbortSignal(makeSignal(), {});
} catch (e) {
  console.log('bad stream', e.code);
}

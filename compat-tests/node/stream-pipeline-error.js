// pipeline() error propagation: a failing transform destroys every stream
// in the chain, the callback gets the first error once, and streams that
// were still open see 'close'.
const { pipeline, Readable, Transform, Writable } = require('stream');

let reads = 0;
const src = new Readable({
  read() {
    reads++;
    setImmediate(() => this.push('chunk' + reads));
  },
});
const failer = new Transform({
  transform(chunk, enc, cb) {
    if (String(chunk) === 'chunk3') cb(new Error('boom at ' + chunk));
    else cb(null, chunk);
  },
});
const got = [];
const sink = new Writable({
  write(chunk, enc, cb) {
    got.push(String(chunk));
    cb();
  },
});
const named = { src, failer, sink };
for (const [name, s] of Object.entries(named)) {
  s.on('error', (e) => console.log('error event', name, e.message));
  s.on('close', () => console.log('close', name, s.destroyed));
}
let calls = 0;
pipeline(src, failer, sink, (err) => {
  calls++;
  console.log('callback', calls, err && err.message, got.join(','));
  console.log('destroyed', src.destroyed, failer.destroyed, sink.destroyed);
  console.log('errored', src.errored && src.errored.code, failer.errored && failer.errored.message);
  setImmediate(() => console.log('calls', calls));
});

// A destination destroyed early gives ERR_STREAM_PREMATURE_CLOSE.
const r2 = new Readable({ read() {} });
const w2 = new Writable({ write(c, e, cb) { cb(); } });
pipeline(r2, w2, (err) => console.log('premature', err && err.code, r2.destroyed));
r2.push('x');
setImmediate(() => w2.destroy());

// Validation happens synchronously.
try {
  pipeline(r2);
} catch (e) {
  console.log(e.code, e.message);
}

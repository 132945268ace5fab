// destroy(err): 'error' then 'close' on the next tick, destroyed/errored/
// closed flags at each step, _destroy may replace the error, a second
// destroy is ignored, and pending write callbacks get the error.
const { Readable, Writable } = require('stream');

const r = new Readable({ read() {} });
r.on('error', (e) => console.log('r error', e.message, 'closed', r.closed));
r.on('close', () => console.log('r close', 'closed', r.closed, 'errored', r.errored && r.errored.message));
r.on('end', () => console.log('r end (should not happen)'));
r.push('data');
const ret = r.destroy(new Error('first'));
console.log('returns this', ret === r, 'destroyed', r.destroyed, 'errored', r.errored.message, 'closed', r.closed);
r.destroy(new Error('second'));
process.nextTick(() => console.log('tick after destroy'));
console.log('push after destroy', r.push('more'), r.readableAborted);

const w = new Writable({
  write(chunk, enc, cb) { setImmediate(cb); },
  destroy(err, cb) {
    console.log('_destroy got', err && err.message);
    setImmediate(() => cb(new Error('replaced')));
  },
});
w.on('error', (e) => console.log('w error', e.message));
w.on('close', () => console.log('w close; quiet closed flag', quiet.closed, quiet.destroyed));
w.write('a', (err) => console.log('write a callback', err && err.message));
w.write('b', (err) => console.log('write b callback', err && err.message));
w.destroy(new Error('original'), (err) => console.log('destroy callback', err && err.message));
console.log('w destroyed', w.destroyed, 'writable', w.writable, 'aborted', w.writableAborted);

const quiet = new Readable({ read() {}, emitClose: false });
quiet.on('close', () => console.log('quiet close (should not happen)'));
quiet.destroy();

const plain = new Writable({ write(c, e, cb) { cb(); } });
plain.on('close', () => console.log('plain close, no error event'));
plain.destroy();

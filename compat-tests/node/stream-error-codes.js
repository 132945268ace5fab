// Error codes the stream classes raise that other scripts do not reach:
// unimplemented _read/_write/_transform (ERR_METHOD_NOT_IMPLEMENTED), a
// write callback called twice (ERR_MULTIPLE_CALLBACK), piping from a
// Writable (ERR_STREAM_CANNOT_PIPE), end() after finishing
// (ERR_STREAM_ALREADY_FINISHED), a bad highWaterMark
// (ERR_INVALID_ARG_VALUE), pipeline with too few streams
// (ERR_MISSING_ARGS) and a non-stream (ERR_INVALID_ARG_TYPE).
'use strict';
const { Readable, Writable, Duplex, Transform, pipeline, finished } = require('stream');

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, '-> ok', typeof r);
  } catch (e) {
    console.log(label, '->', e.name, e.code, e.message);
  }
}
function onError(label, stream) {
  stream.on('error', (e) => console.log(label, 'error event', e.name, e.code, e.message));
}

const r = new Readable();
onError('_read missing', r);
attempt('read without _read', () => r.read());

const w = new Writable();
onError('_write missing', w);
attempt('write without _write', () => w.write('x', (err) => console.log('_write missing callback', err && err.code)));

const t = new Transform();
onError('_transform missing', t);
attempt('write without _transform', () => t.write('x'));

const twice = new Writable({ write(chunk, enc, cb) { cb(); cb(); } });
onError('callback twice', twice);
attempt('write with a callback called twice', () => twice.write('x'));

const notReadable = new Writable();
onError('pipe from a Writable', notReadable);
attempt('pipe from a Writable', () => notReadable.pipe(new Writable()));
const dup = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
attempt('Duplex pipe ok', () => dup.pipe(new Writable({ write(c, e, cb) { cb(); } })));

attempt('highWaterMark -1', () => new Readable({ highWaterMark: -1 }));
attempt('highWaterMark string', () => new Writable({ highWaterMark: 'x' }));
attempt('highWaterMark NaN', () => new Readable({ highWaterMark: NaN }));
attempt('writableHighWaterMark -5', () => new Duplex({ writableHighWaterMark: -5 }));
attempt('pipeline one stream', () => pipeline(new Readable({ read() {} }), () => {}));
attempt('pipeline no callback', () => pipeline(new Readable({ read() {} }), new Writable()));
attempt('pipeline a number', () => pipeline(new Readable({ read() {} }), 5, () => {}));
attempt('finished not a stream', () => finished({}, () => {}));
attempt('finished no callback', () => finished(new Readable()));

const done = new Writable({ write(c, e, cb) { cb(); } });
done.end('a', () => {
  done.end((err) => console.log('end after finish callback', err && err.name, err && err.code, err && err.message));
});

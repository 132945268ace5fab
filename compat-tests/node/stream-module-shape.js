// The module's shape: require('stream') is the legacy Stream constructor
// carrying the classes and helpers, node:stream and stream/promises are
// the same objects, and the static helpers answer as in Node.
const stream = require('stream');
const nodeStream = require('node:stream');
const promises = require('stream/promises');
const { Readable, Writable, Duplex, PassThrough } = stream;

console.log('same module', stream === nodeStream, stream.promises === promises, promises === require('node:stream/promises'));
console.log('types', typeof stream, stream.name, stream.Stream === stream);
for (const k of ['Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'pipeline', 'finished',
  'addAbortSignal', 'compose', 'destroy', 'isReadable', 'isErrored', 'isDisturbed', 'isDestroyed',
  'isWritable', 'getDefaultHighWaterMark', 'setDefaultHighWaterMark', 'duplexPair', '_isUint8Array',
  '_uint8ArrayToBuffer']) {
  console.log(k, typeof stream[k]);
}
console.log('promises', Object.keys(promises).sort().join(','));
console.log('Readable.from', typeof Readable.from, 'ReadableState', typeof Readable.ReadableState,
  'WritableState', typeof Writable.WritableState, 'Duplex.from', typeof Duplex.from);
console.log('hwm', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
stream.setDefaultHighWaterMark(false, 1024);
console.log('new default', new Readable().readableHighWaterMark, new Writable().writableHighWaterMark);
stream.setDefaultHighWaterMark(false, 16384);
try {
  stream.setDefaultHighWaterMark(false, -1);
} catch (e) {
  console.log(e.code);
}

const r = new Readable({ read() {} });
console.log('fresh', stream.isReadable(r), stream.isDisturbed(r), stream.isErrored(r), stream.isDestroyed(r));
r.push('x');
r.read();
console.log('after read', stream.isDisturbed(r));
r.on('error', () => {});
r.destroy(new Error('e'));
setImmediate(() => {
  console.log('after error', stream.isReadable(r), stream.isErrored(r), stream.isDestroyed(r));
  const w = new Writable({ write(c, e, cb) { cb(); } });
  console.log('writable', stream.isWritable(w), stream.isReadable(w));
  w.end();
  console.log('ended writable', stream.isWritable(w));
  const p = new PassThrough();
  console.log('readable state keys', ['highWaterMark', 'length', 'flowing', 'ended', 'objectMode']
    .map((k) => k in p._readableState).join(','));
  console.log('writable state keys', ['highWaterMark', 'length', 'ending', 'finished', 'corked']
    .map((k) => k in p._writableState).join(','));
  console.log('props', p.readableHighWaterMark, p.writableHighWaterMark, p.readableObjectMode,
    p.writableObjectMode, p.readableEncoding, p.errored, p.closed, p.readableAborted, p.readableDidRead);
});

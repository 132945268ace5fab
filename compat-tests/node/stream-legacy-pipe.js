// The legacy Stream class and its pipe(): an old-style emitter stream
// (just 'data' and 'end') piped into a Writable, with pause on
// backpressure, and Readable.prototype.wrap turning one into a Readable.
const { Stream, Writable, Readable } = require('stream');

const old = new Stream();
old.readable = true;
let paused = 0;
old.pause = () => { paused++; };
old.resume = () => console.log('resume called');
const got = [];
const w = new Writable({
  highWaterMark: 2,
  write(chunk, enc, cb) {
    got.push(String(chunk));
    setImmediate(cb);
  },
});
w.on('pipe', (src) => console.log('pipe event from legacy', src === old));
w.on('finish', () => console.log('legacy finish', got.join(','), 'pauses', paused));
console.log('pipe returns dest', old.pipe(w) === w);
old.emit('data', 'one');
old.emit('data', 'two');
old.emit('data', 'three');
old.emit('end');

const src = new Stream();
src.readable = true;
src.pause = () => console.log('wrapped source paused');
src.resume = () => console.log('wrapped source resumed');
src.extra = function () { return 'bound ' + (this === src); };
const r = new Readable({ highWaterMark: 4 }).wrap(src);
console.log('copied method', r.extra());
r.on('data', (d) => console.log('wrapped data', String(d)));
r.on('end', () => console.log('wrapped end'));
r.on('close', () => console.log('wrapped close'));
src.emit('data', Buffer.from('abcdef'));
src.emit('data', Buffer.from('gh'));
setImmediate(() => src.emit('end'));

const es = new Stream();
es.on('error', (e) => console.log('legacy error handled', e.message));
const dest = new Stream();
dest.writable = true;
dest.write = () => true;
dest.end = () => console.log('dest end');
es.pipe(dest);
es.emit('error', new Error('oops'));
console.log('listeners after error cleanup', es.listenerCount('data'));

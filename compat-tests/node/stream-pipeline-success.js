// pipeline() through transforms: data arrives transformed, the callback
// runs once after the last stream finished, and every stream is closed.
const { pipeline, Readable, Transform, Writable, PassThrough } = require('stream');

const src = Readable.from(['alpha', 'beta', 'gamma'], { objectMode: false });
const upper = new Transform({
  transform(chunk, enc, cb) {
    cb(null, String(chunk).toUpperCase() + ';');
  },
});
const pass = new PassThrough();
let out = '';
const sink = new Writable({
  write(chunk, enc, cb) {
    out += chunk;
    setImmediate(cb);
  },
});
const streams = { src, upper, pass, sink };
for (const [name, s] of Object.entries(streams)) {
  s.on('close', () => console.log('close', name));
  s.on('finish', () => console.log('finish', name));
  s.on('end', () => console.log('end', name));
}
const ret = pipeline(src, upper, pass, sink, (err) => {
  console.log('callback', err, JSON.stringify(out));
  console.log('destroyed', Object.values(streams).map((s) => s.destroyed).join(','));
});
console.log('returns last', ret === sink);

// Arrays and an iterable source work too.
const collected = [];
pipeline([['a', 'b', 'c'], new PassThrough({ objectMode: true }), new Writable({
  objectMode: true,
  write(chunk, enc, cb) { collected.push(chunk); cb(); },
})], (err) => console.log('array form', err, collected.join('')));

// objectMode: any value but null is one chunk, highWaterMark counts
// objects (16 by default), read() returns one object at a time.
const { Readable, Writable } = require('stream');

const r = new Readable({ objectMode: true, read() {} });
console.log('hwm', r.readableHighWaterMark, r.readableObjectMode);
const values = [1, 'two', { three: 3 }, [4], false, 0, ''];
for (const v of values) console.log('push', JSON.stringify(v), r.push(v));
console.log('length', r.readableLength);
console.log('read(100)', JSON.stringify(r.read(100)));
console.log('read()', JSON.stringify(r.read()));
let more = true;
let count = 0;
while (more) {
  more = r.push(count++);
}
console.log('push returned false after', count, 'length', r.readableLength);
r.push(null);
const seen = [];
r.on('data', (d) => seen.push(d));
r.on('end', () => console.log('data', JSON.stringify(seen)));

const w = new Writable({
  objectMode: true,
  highWaterMark: 2,
  write(chunk, enc, cb) {
    console.log('write', JSON.stringify(chunk), enc);
    setImmediate(cb);
  },
});
console.log('w hwm', w.writableHighWaterMark, w.writableObjectMode);
console.log('write ok', w.write({ a: 1 }), w.writableLength);
console.log('write full', w.write(42), w.writableLength, w.writableNeedDrain);
w.on('drain', () => console.log('drain', w.writableLength));
w.end('last', () => console.log('end callback'));

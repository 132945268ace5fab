// Backpressure on a Writable: write() answers false once writableLength
// reaches the highWaterMark, writableNeedDrain follows, and 'drain' comes
// after the queue empties, before the write callbacks of that tick.
const { Writable } = require('stream');

const w = new Writable({
  highWaterMark: 10,
  write(chunk, enc, cb) {
    console.log('_write', String(chunk), 'length', this.writableLength);
    setImmediate(cb);
  },
});
console.log('hwm', w.writableHighWaterMark, 'length', w.writableLength, 'needDrain', w.writableNeedDrain);
for (const s of ['aaaa', 'bbbb', 'cc', 'dddd']) {
  const ok = w.write(s, () => console.log('callback', s, w.writableLength));
  console.log('write', s, '->', ok, 'length', w.writableLength, 'needDrain', w.writableNeedDrain);
}
w.on('drain', () => {
  console.log('drain', w.writableLength, w.writableNeedDrain);
  console.log('write after drain ->', w.write('e'));
  w.end(() => console.log('end callback', w.writableFinished));
});
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));

// A synchronous _write still defers its callbacks to the next tick.
const s = new Writable({ highWaterMark: 3, write(chunk, enc, cb) { cb(); } });
s.on('drain', () => console.log('sync drain'));
console.log('sync write ->', s.write('abc', () => console.log('sync cb 1')), s.writableLength);
console.log('sync write ->', s.write('d', () => console.log('sync cb 2')), s.writableLength);
console.log('after sync writes');

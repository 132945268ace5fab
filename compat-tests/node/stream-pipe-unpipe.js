// unpipe() stops the flow into one destination and pauses the source when
// none is left; pipe({ end: false }) leaves the destination open; piping
// into two destinations waits for both to drain.
const { Readable, PassThrough, Writable } = require('stream');

const src = new Readable({ read() {} });
const a = new PassThrough();
const b = new PassThrough();
src.pipe(a);
src.pipe(b, { end: false });
a.on('unpipe', () => console.log('a unpipe'));
b.on('unpipe', () => console.log('b unpipe'));
a.on('data', (d) => console.log('a got', String(d)));
b.on('data', (d) => console.log('b got', String(d)));
a.on('end', () => console.log('a end'));
b.on('end', () => console.log('b end (should not happen)'));
src.push('one');
setImmediate(() => {
  src.unpipe(a);
  console.log('after unpipe(a): flowing', src.readableFlowing, 'pipes', src._readableState.pipes.length);
  src.push('two');
  setImmediate(() => {
    src.unpipe();
    console.log('after unpipe(): flowing', src.readableFlowing, 'pipes', src._readableState.pipes.length);
    src.push('three');
    src.push(null);
    setImmediate(() => {
      console.log('buffered', src.readableLength, 'a ended', a.writableEnded, 'b ended', b.writableEnded);
      twoSlow();
    });
  });
});

function twoSlow() {
  const s = new Readable({ highWaterMark: 2, read() {} });
  const order = [];
  const mk = (name, delay) => new Writable({
    highWaterMark: 1,
    write(chunk, enc, cb) {
      order.push(name + ':' + chunk);
      setTimeout(cb, delay);
    },
  });
  const fast = mk('fast', 1);
  const slow = mk('slow', 5);
  s.pipe(fast);
  s.pipe(slow);
  ['1', '2', '3'].forEach((c) => s.push(c));
  s.push(null);
  let finished = 0;
  const done = () => {
    if (++finished === 2) console.log('both finished', order.filter((o) => o.startsWith('slow')).join(','), order.length);
  };
  fast.on('finish', done);
  slow.on('finish', done);
}

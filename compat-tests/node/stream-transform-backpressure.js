// Backpressure through a Transform between a fast Readable and a Writable
// whose callbacks the script releases by hand: the transform's two buffers
// fill to their highWaterMarks, the source stops being read, and releasing
// the sink lets everything through in order. The state is printed at
// fixed points, so every number is exact.
'use strict';
const { Readable, Transform, Writable } = require('stream');

let produced = 0;
const source = new Readable({
  highWaterMark: 2,
  objectMode: true,
  read() {
    if (produced < 12) this.push(++produced);
    else this.push(null);
  },
});
const double = new Transform({
  objectMode: true,
  readableHighWaterMark: 2,
  writableHighWaterMark: 2,
  transform(n, enc, cb) { cb(null, n * 2); },
});
const held = [];
const got = [];
const sink = new Writable({
  objectMode: true,
  highWaterMark: 1,
  write(n, enc, cb) {
    got.push(n);
    held.push(cb);
  },
});

function state(label) {
  console.log(label, JSON.stringify({
    produced,
    sourceBuffered: source.readableLength,
    transformIn: double.writableLength,
    transformOut: double.readableLength,
    sinkQueued: sink.writableLength,
    sinkNeedDrain: sink.writableNeedDrain,
    got: got.length,
  }));
}

source.pipe(double).pipe(sink);
sink.on('finish', () => {
  state('finished');
  console.log('order', JSON.stringify(got));
});

function release() {
  setTimeout(() => {
    state('stalled');
    const cbs = held.splice(0);
    if (cbs.length === 0) return;
    for (const cb of cbs) cb();
    release();
  }, 10);
}
release();

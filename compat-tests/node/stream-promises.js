// stream/promises: pipeline resolves when the chain finishes and rejects
// with the first error; finished resolves or rejects likewise; the
// util.promisify forms are the same functions.
const stream = require('stream');
const util = require('util');
const { pipeline, finished } = require('stream/promises');
const { Readable, Writable, Transform, PassThrough } = stream;

(async () => {
  console.log('promisify', util.promisify(stream.pipeline) === pipeline, util.promisify(stream.finished) === finished);
  const out = [];
  const sink = new Writable({ write(chunk, enc, cb) { out.push(String(chunk)); cb(); } });
  const result = await pipeline(Readable.from(['a', 'b', 'c']), new PassThrough(), sink);
  console.log('pipeline resolved', result, out.join(''));

  try {
    await pipeline(
      Readable.from(['x', 'y']),
      new Transform({ transform(c, e, cb) { cb(new Error('bad ' + c)); } }),
      new PassThrough());
  } catch (e) {
    console.log('pipeline rejected', e.message);
  }

  const total = await pipeline(Readable.from([1, 2, 3, 4]), async function (source) {
    let sum = 0;
    const it = source[Symbol.asyncIterator]();
    for (;;) {
      const { value, done } = await it.next();
      if (done) break;
      sum += value;
    }
    return sum;
  });
  console.log('async function destination returned', total);

  const r = new Readable({ read() {} });
  setImmediate(() => { r.push('z'); r.push(null); });
  r.resume();
  await finished(r);
  console.log('finished resolved', r.readableEnded);

  const w = new Writable({ write(c, e, cb) { cb(); } });
  setImmediate(() => w.destroy(new Error('gone')));
  w.on('error', () => {});
  try {
    await finished(w);
  } catch (e) {
    console.log('finished rejected', e.message);
  }

  const p = new PassThrough();
  const done = finished(p, { cleanup: true });
  p.end('q');
  p.resume();
  await done;
  console.log('cleanup removed listeners', p.listenerCount('end'), p.listenerCount('finish'));
})();

// Async iteration by hand (goja has no for await): next() yields the
// buffered chunks in order and then done; return() ends early and destroys
// the stream; a stream error rejects next().
const { Readable } = require('stream');

async function drain(it, label) {
  const seen = [];
  for (;;) {
    const { value, done } = await it.next();
    if (done) break;
    seen.push(String(value));
  }
  console.log(label, JSON.stringify(seen));
}

(async () => {
  let n = 0;
  const r = new Readable({
    read() {
      n++;
      if (n <= 3) setImmediate(() => this.push('part' + n));
      else this.push(null);
    },
  });
  const it = r[Symbol.asyncIterator]();
  console.log('has next/return', typeof it.next, typeof it.return, it[Symbol.asyncIterator]() === it);
  await drain(it, 'all parts');
  console.log('after loop: ended', r.readableEnded, 'destroyed', r.destroyed);
  console.log('next after done', JSON.stringify(await it.next()));

  const early = new Readable({ objectMode: true, read() {} });
  [1, 2, 3, 4].forEach((v) => early.push(v));
  early.on('close', () => console.log('early close event'));
  early.on('error', (e) => console.log('early error event', e.name));
  const it2 = early[Symbol.asyncIterator]();
  console.log('first', JSON.stringify(await it2.next()));
  console.log('return', JSON.stringify(await it2.return()));
  console.log('destroyed after return', early.destroyed);
  console.log('next after return', JSON.stringify(await it2.next()));

  const failing = new Readable({ read() {} });
  const it3 = failing[Symbol.asyncIterator]();
  const pending = it3.next();
  setImmediate(() => failing.destroy(new Error('kaput')));
  try {
    await pending;
  } catch (e) {
    console.log('rejected with', e.message);
  }

  const keep = new Readable({ objectMode: true, read() {} });
  keep.push('a');
  keep.push('b');
  const it4 = keep.iterator({ destroyOnReturn: false });
  console.log('iterator() first', JSON.stringify(await it4.next()));
  await it4.return();
  console.log('kept open', keep.destroyed, 'remaining', keep.read());

  const queued = Readable.from(['x', 'y']);
  const it5 = queued[Symbol.asyncIterator]();
  const both = await Promise.all([it5.next(), it5.next(), it5.next()]);
  console.log('concurrent nexts', JSON.stringify(both));
})();

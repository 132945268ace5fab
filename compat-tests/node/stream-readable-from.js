// Readable.from over arrays, generators, async iterables, strings and
// Buffers; object mode and highWaterMark 1 by default; null values are an
// error; destroying closes the iterator.
const { Readable } = require('stream');

function collect(r, label) {
  return new Promise((resolve) => {
    const out = [];
    r.on('data', (d) => out.push(Buffer.isBuffer(d) ? 'buf:' + d : d));
    r.on('error', (e) => {
      console.log(label, 'error', e.code || e.message);
      resolve();
    });
    r.on('end', () => {
      console.log(label, JSON.stringify(out));
      resolve();
    });
  });
}

function* gen() {
  yield 'g1';
  yield 'g2';
}

function asyncIterable(values) {
  return {
    [Symbol.asyncIterator]() {
      let i = 0;
      return {
        next() {
          return new Promise((resolve) => setImmediate(() => resolve(
            i < values.length ? { value: values[i++], done: false } : { value: undefined, done: true })));
        },
      };
    },
  };
}

(async () => {
  const arr = Readable.from([1, 'two', { three: 3 }]);
  console.log('objectMode', arr.readableObjectMode, 'hwm', arr.readableHighWaterMark);
  await collect(arr, 'array');
  await collect(Readable.from(gen()), 'generator');
  await collect(Readable.from(asyncIterable(['a1', 'a2', 'a3'])), 'async iterable');
  await collect(Readable.from('whole string'), 'string');
  await collect(Readable.from(Buffer.from('bytes')), 'buffer');
  await collect(Readable.from(['x', 'y'], { objectMode: false }), 'byte mode');
  await collect(Readable.from([Promise.resolve('p1'), 'p2']), 'promises in sync iterable');
  await collect(Readable.from(['ok', null, 'never']), 'null value');

  let closed = false;
  function* endless() {
    try {
      for (let i = 0; ; i++) yield i;
    } finally {
      closed = true;
    }
  }
  const r = Readable.from(endless());
  r.once('data', (v) => {
    console.log('first endless value', v);
    r.destroy();
  });
  r.on('close', () => console.log('endless closed, generator finally ran:', closed));

  try {
    Readable.from(42);
  } catch (e) {
    console.log(e.code, e.message);
  }
})();

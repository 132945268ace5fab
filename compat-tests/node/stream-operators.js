// Readable's operators: map/filter/flatMap/drop/take/asIndexedPairs give
// Readables, forEach/toArray/some/every/find/reduce give promises, and
// their arguments are validated as in Node.
const { Readable } = require('stream');

(async () => {
  const src = () => Readable.from([1, 2, 3, 4, 5]);
  const mapped = src().map((x) => x * 10);
  console.log('map gives', mapped.constructor.name, mapped.readableObjectMode, mapped.readableHighWaterMark);
  console.log('map', JSON.stringify(await mapped.toArray()));
  console.log('async map', JSON.stringify(await src().map(async (x) => x + 1).toArray()));
  console.log('filter', JSON.stringify(await src().filter((x) => x % 2).toArray()));
  console.log('flatMap', JSON.stringify(await src().flatMap((x) => [x, -x]).toArray()));
  console.log('drop/take', JSON.stringify(await src().drop(1).take(3).toArray()));
  console.log('some', await src().some((x) => x > 4), await src().some((x) => x > 5));
  console.log('every', await src().every((x) => x > 0), await src().every((x) => x > 1));
  console.log('find', await src().find((x) => x > 2), await src().find((x) => x > 9));
  console.log('reduce', await src().reduce((a, b) => a + b), await src().reduce((a, b) => a + b, 100));
  const seen = [];
  console.log('forEach', await src().forEach((x) => { seen.push(x); }), seen.join(''));
  const bytes = await Readable.from(['ab', 'cd'], { objectMode: false }).toArray();
  console.log('byte chunks', bytes.map(String).join('|'));
  const s = src();
  await s.take(2).toArray();
  console.log('take destroys its source', s.destroyed);
  try {
    await Readable.from([]).reduce((a, b) => a + b);
  } catch (e) {
    console.log('empty reduce', e.name, e.code, e.message);
  }
  for (const bad of [() => src().map(5), () => src().take(-1), () => src().filter(() => 1, { concurrency: 0 }),
    () => src().drop('x', 5)]) {
    try {
      bad();
      console.log('no throw');
    } catch (e) {
      console.log(e.code, e.message);
    }
  }
  try {
    await src().forEach('nope');
  } catch (e) {
    console.log('async validation', e.code);
  }
})();

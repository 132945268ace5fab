// PassThrough hands chunks on unchanged, honours both highWaterMarks
// (writes stall while nobody reads), and works in object mode.
const { PassThrough, Transform, Duplex } = require('stream');

const p = new PassThrough({ highWaterMark: 4 });
console.log('instanceof', p instanceof Transform, p instanceof Duplex);
const results = [];
for (const s of ['ab', 'cd', 'ef', 'gh']) {
  results.push(p.write(s, () => console.log('written', s)));
}
console.log('write results', results.join(','), 'readableLength', p.readableLength, 'writableLength', p.writableLength);
setImmediate(() => {
  console.log('before reading: readableLength', p.readableLength, 'writableLength', p.writableLength);
  p.on('data', (d) => console.log('data', String(d)));
  p.on('drain', () => console.log('drain'));
  p.on('end', () => console.log('end'));
  p.end();
});

const o = new PassThrough({ objectMode: true });
o.write({ n: 1 });
o.write([2]);
o.end('three');
const objs = [];
o.on('data', (v) => objs.push(v));
o.on('end', () => console.log('objects', JSON.stringify(objs)));

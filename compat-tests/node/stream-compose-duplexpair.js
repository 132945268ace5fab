// compose() chains streams into one Duplex (writes go to the first, reads
// come from the last); duplexPair() joins two Duplex ends back to back;
// Duplex.from wraps iterables, promises and readable/writable pairs.
const { compose, duplexPair, Duplex, Transform, PassThrough, Readable, Writable } = require('stream');

const upper = new Transform({ transform(c, e, cb) { cb(null, String(c).toUpperCase()); } });
const exclaim = new Transform({ transform(c, e, cb) { cb(null, c + '!'); } });
const both = compose(upper, exclaim);
console.log('compose is duplex', both instanceof Duplex, both.readable, both.writable);
let composed = '';
both.on('data', (d) => { composed += d; });
both.on('end', () => console.log('composed', composed));
both.write('hey');
both.end('you');

const [left, right] = duplexPair();
right.on('data', (d) => console.log('right got', String(d)));
left.on('data', (d) => console.log('left got', String(d)));
right.on('end', () => console.log('right end'));
left.write('ping');
right.write('pong');
left.end();

const fromIter = Duplex.from(['i1', 'i2']);
const items = [];
fromIter.on('data', (d) => items.push(d));
fromIter.on('end', () => console.log('Duplex.from iterable', items.join(','), fromIter.writable));

const fromPromise = Duplex.from(Promise.resolve('resolved value'));
fromPromise.on('data', (d) => console.log('Duplex.from promise', d));

const r = new Readable({ read() {} });
const seen = [];
const w = new Writable({ write(c, e, cb) { seen.push(String(c)); cb(); } });
const pair = Duplex.from({ readable: r, writable: w });
pair.on('data', (d) => console.log('pair read', String(d)));
pair.write('into writable', () => console.log('pair wrote', seen.join('')));
r.push('from readable');
r.push(null);

const same = new PassThrough();
console.log('Duplex.from(duplex) is identity', Duplex.from(same) === same);
try {
  Duplex.from(42);
} catch (e) {
  console.log('Duplex.from(42)', e.code);
}

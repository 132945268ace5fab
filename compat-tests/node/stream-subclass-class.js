// Subclassing with class syntax: Readable, Writable, Duplex and Transform
// subclasses implement the underscore methods, keep their own fields and
// pass instanceof checks (a Duplex is also a Writable).
const { Readable, Writable, Duplex, Transform, Stream } = require('stream');
const EventEmitter = require('events');

class Counter extends Readable {
  constructor(max) {
    super({ objectMode: true });
    this.max = max;
    this.n = 0;
  }

  _read() {
    this.n++;
    this.push(this.n > this.max ? null : this.n);
  }
}

class Collector extends Writable {
  constructor() {
    super({ objectMode: true });
    this.items = [];
  }

  _write(chunk, enc, cb) {
    this.items.push(chunk);
    cb();
  }

  _final(cb) {
    this.items.push('final');
    cb();
  }
}

class Echo extends Duplex {
  _read() {}

  _write(chunk, enc, cb) {
    this.push(chunk);
    cb();
  }

  _final(cb) {
    this.push(null);
    cb();
  }
}

class Square extends Transform {
  constructor() {
    super({ objectMode: true });
  }

  _transform(n, enc, cb) {
    cb(null, n * n);
  }
}

const c = new Counter(4);
const sq = new Square();
const col = new Collector();
console.log('instanceof', c instanceof Readable, c instanceof Stream, c instanceof EventEmitter,
  col instanceof Writable, col instanceof Readable);
const e = new Echo();
console.log('duplex is writable', e instanceof Writable, e instanceof Readable, e instanceof Transform,
  sq instanceof Duplex, sq instanceof Writable);
console.log('plain object is writable', {} instanceof Writable, Object.create(Writable.prototype) instanceof Writable);
console.log('names', c.constructor.name, Object.getPrototypeOf(Counter.prototype) === Readable.prototype);

col.on('finish', () => console.log('collected', JSON.stringify(col.items)));
c.pipe(sq).pipe(col);

e.on('data', (d) => console.log('echo', String(d)));
e.on('end', () => console.log('echo end'));
e.write('ping');
e.end('pong');

// _construct delays reads, writes and _final until its callback; destroy
// during construction waits for it; an error from it destroys the stream.
const { Readable, Writable, Duplex } = require('stream');

const w = new Writable({
  construct(cb) {
    console.log('w construct');
    setImmediate(() => { console.log('w constructed'); cb(); });
  },
  write(chunk, enc, cb) {
    console.log('w write', String(chunk));
    cb();
  },
  final(cb) {
    console.log('w final');
    cb();
  },
});
w.write('early');
w.end('last');
w.on('finish', () => console.log('w finish'));
console.log('w writableLength while constructing', w.writableLength);

const r = new Readable({
  construct(cb) {
    this.items = ['a', 'b'];
    process.nextTick(cb);
  },
  read() {
    this.push(this.items.length ? this.items.shift() : null);
  },
});
r.on('data', (d) => console.log('r data', String(d)));
r.on('end', () => console.log('r end'));

const bad = new Readable({
  construct(cb) { cb(new Error('construct failed')); },
  read() {},
});
bad.on('error', (e) => console.log('bad error', e.message));
bad.on('close', () => console.log('bad close', bad.destroyed));

const d = new Duplex({
  construct(cb) { setImmediate(cb); },
  read() {},
  write(c, e, cb) { cb(); },
  destroy(err, cb) {
    console.log('d _destroy after construct', err && err.message);
    cb(err);
  },
});
d.on('error', (e) => console.log('d error', e.message));
d.on('close', () => console.log('d close'));
d.destroy(new Error('early destroy'));
console.log('d destroyed flag', d.destroyed);

// Transform: _transform may push several chunks or pass one through its
// callback, _flush runs at end() and may add data, and events run in
// Node's order ('finish' before the readable 'end').
const { Transform } = require('stream');

class LineSplitter extends Transform {
  constructor() {
    super({ readableObjectMode: true });
    this.rest = '';
  }

  _transform(chunk, encoding, callback) {
    const lines = (this.rest + chunk).split('\n');
    this.rest = lines.pop();
    for (const line of lines) this.push(line);
    callback();
  }

  _flush(callback) {
    console.log('flush, rest', JSON.stringify(this.rest));
    callback(null, this.rest ? this.rest : null);
  }
}

const t = new LineSplitter();
for (const ev of ['prefinish', 'finish', 'end', 'close']) t.on(ev, () => console.log('event', ev));
t.on('data', (line) => console.log('line', JSON.stringify(line)));
t.write('one\ntw');
t.write('o\nthree\nfo');
t.end('ur', () => console.log('end callback'));

const doubler = new Transform({
  transform(chunk, enc, cb) {
    cb(null, Buffer.concat([chunk, chunk]));
  },
  flush(cb) {
    this.push('!');
    cb();
  },
});
let out = '';
doubler.on('data', (c) => { out += c; });
doubler.on('end', () => console.log('doubled', out));
doubler.end('ab');

const bad = new Transform({ transform(chunk, enc, cb) { cb(new Error('nope')); } });
bad.on('error', (e) => console.log('transform error', e.message, bad.destroyed));
bad.on('close', () => console.log('bad close'));
bad.write('x', (err) => console.log('write callback', err && err.message));

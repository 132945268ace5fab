// Duplex with allowHalfOpen (the default): the readable side can end while
// the writable side stays open and vice versa; 'close' comes once both
// sides are done, after 'end' and 'finish'.
const { Duplex } = require('stream');

function make(name, opts) {
  const d = new Duplex(Object.assign({
    read() {},
    write(chunk, enc, cb) {
      console.log(name, 'write', String(chunk));
      cb();
    },
    final(cb) {
      console.log(name, 'final');
      cb();
    },
  }, opts));
  for (const ev of ['end', 'prefinish', 'finish', 'close']) {
    d.on(ev, () => console.log(name, ev, 'readable', d.readable, 'writable', d.writable,
      'destroyed', d.destroyed));
  }
  d.on('data', (c) => console.log(name, 'data', String(c)));
  return d;
}

const a = make('A');
console.log('A allowHalfOpen', a.allowHalfOpen);
a.push('hi');
a.push(null);
setTimeout(() => {
  console.log('A writable still', a.writable, 'readableEnded', a.readableEnded);
  a.write('late write');
  a.end();
}, 5);

setTimeout(() => {
  const b = make('B');
  b.end('bye');
  setTimeout(() => {
    console.log('B writableFinished', b.writableFinished, 'readable', b.readable);
    b.push('still readable');
    b.push(null);
  }, 5);
}, 20);

// cork() buffers writes until uncork() (or end()); with _writev the
// buffered chunks go out in one call, without it one by one; nested corks
// need as many uncorks.
const { Writable } = require('stream');

const v = new Writable({
  write(chunk, enc, cb) {
    console.log('_write', String(chunk));
    cb();
  },
  writev(chunks, cb) {
    console.log('_writev', chunks.length, chunks.map((c) => String(c.chunk) + '/' + c.encoding).join(' '));
    cb();
  },
});
v.write('first');
v.cork();
v.cork();
console.log('corked', v.writableCorked);
v.write('a', () => console.log('cb a'));
v.write('b', () => console.log('cb b'));
v.write('c');
console.log('buffered', v.writableLength, v.writableBuffer.length);
v.uncork();
console.log('after one uncork', v.writableCorked, v.writableLength);
v.uncork();
console.log('after second uncork', v.writableCorked, v.writableLength);

const plain = new Writable({
  decodeStrings: false,
  write(chunk, enc, cb) {
    console.log('plain _write', chunk, enc);
    setImmediate(cb);
  },
});
plain.cork();
plain.write('x', 'utf8');
plain.write('y', 'latin1');
plain.end('z', () => console.log('plain ended'));
console.log('end uncorks', plain.writableCorked);

const batch = new Writable({
  writev(chunks, cb) {
    console.log('batch _writev', chunks.map((c) => String(c.chunk)).join(''), 'allBuffers', chunks.allBuffers);
    setImmediate(cb);
  },
});
batch.write('1');
batch.write('2');
batch.write('3');
batch.end('4', () => console.log('batch finished'));

// 'readable' with read(n): a 'readable' listener switches to paused mode,
// read(n) returns exactly n bytes or null until enough is buffered (or the
// stream ended), and read(0) only triggers _read.
const { Readable } = require('stream');

const chunks = ['hello ', 'wor', 'ld', '!!'];
const r = new Readable({
  highWaterMark: 4,
  read() {
    const c = chunks.shift();
    console.log('_read ->', c === undefined ? 'EOF' : c);
    setImmediate(() => this.push(c === undefined ? null : c));
  },
});
r.on('readable', function onReadable() {
  console.log('readable, length', r.readableLength, 'flowing', r.readableFlowing);
  let chunk;
  while ((chunk = r.read(5)) !== null) console.log('read(5)', JSON.stringify(String(chunk)));
  console.log('read(5) gave null, length', r.readableLength, 'ended', r.readableEnded);
});
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
console.log('sync: flowing', r.readableFlowing);

const z = new Readable({ read() { console.log('z _read'); } });
console.log('z read(0)', z.read(0));
z.push('x');
console.log('z read(0) after push', z.read(0), z.readableLength);

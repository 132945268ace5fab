// highWaterMark: push() answers false once the buffer reaches it, _read
// gets the mark as its size, read(n) above the mark raises it to the next
// power of two, and a stream with highWaterMark 0 still delivers.
const { Readable } = require('stream');

const r = new Readable({ highWaterMark: 10, read(size) { console.log('_read size', size); } });
console.log('hwm', r.readableHighWaterMark);
for (let i = 0; i < 4; i++) console.log('push 4 bytes ->', r.push('abcd'), r.readableLength);
console.log('read(3)', String(r.read(3)), r.readableLength);
console.log('read(20) not enough', r.read(20), 'hwm now', r.readableHighWaterMark);
console.log('read(100)', r.read(100), 'hwm now', r.readableHighWaterMark);

const z = new Readable({
  highWaterMark: 0,
  read() {
    console.log('z _read');
    if (!this.sent) {
      this.sent = true;
      this.push('zero');
    } else {
      this.push(null);
    }
  },
});
z.on('data', (d) => console.log('z data', String(d), z.readableLength));
z.on('end', () => console.log('z end'));

const big = new Readable({ read() {} });
try {
  big.read(2 ** 30 + 1);
} catch (e) {
  console.log(e.name, e.code, e.message);
}

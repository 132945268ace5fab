// Flowing mode: 'data' listeners start the flow on a later tick, pushes
// from _read and from later ticks arrive in order, then 'end' and 'close'.
const { Readable } = require('stream');

let n = 0;
const r = new Readable({
  read(size) {
    n++;
    console.log('_read', n, size);
    if (n <= 3) {
      this.push('chunk' + n);
    } else if (n === 4) {
      process.nextTick(() => {
        console.log('late push');
        this.push('late');
        this.push(null);
      });
    }
  },
});
console.log('flowing before', r.readableFlowing);
for (const ev of ['resume', 'pause', 'end', 'close', 'readable']) {
  r.on(ev, () => console.log('event', ev, r.readableFlowing, r.readableEnded, r.destroyed));
}
r.on('data', (d) => console.log('data', Buffer.isBuffer(d), String(d), r.readableLength));
console.log('flowing after on(data)', r.readableFlowing);
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('microtask'));
setImmediate(() => console.log('immediate', r.readableEnded, r.closed));
console.log('sync end');

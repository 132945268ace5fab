// Duplex with allowHalfOpen: false: the end of the readable side ends the
// writable side on the next tick, giving Node's 'end', 'prefinish',
// 'finish', 'close' order (what net.Socket does without allowHalfOpen).
const { Duplex } = require('stream');

const d = new Duplex({
  allowHalfOpen: false,
  read() {},
  write(chunk, enc, cb) {
    console.log('write', String(chunk));
    setImmediate(cb);
  },
});
console.log('allowHalfOpen', d.allowHalfOpen);
for (const ev of ['end', 'prefinish', 'finish', 'close']) {
  d.on(ev, () => console.log('event', ev, 'writableEnded', d.writableEnded, 'writableFinished', d.writableFinished));
}
d.on('data', (c) => console.log('data', String(c)));
d.write('pending');
d.push('payload');
d.push(null);
process.nextTick(() => console.log('tick after push(null)'));

// readable: false / writable: false make one-sided duplexes.
const ro = new Duplex({ writable: false, read() {} });
console.log('writable:false ->', ro.writable, ro.writableEnded, ro.writableFinished, ro.readable);
ro.on('close', () => console.log('ro close'));
ro.push(null);
ro.resume();
const wo = new Duplex({ readable: false, write(c, e, cb) { cb(); } });
console.log('readable:false ->', wo.readable, wo.readableEnded, wo.writable);
wo.on('finish', () => console.log('wo finish'));
wo.on('close', () => console.log('wo close'));
wo.end('x');

// _final runs once all writes are done; 'prefinish', 'finish', the end()
// callback and 'close' follow in Node's order; an error from _final
// reaches the end() callback and 'error'; autoDestroy: false keeps the
// stream open.
const { Writable } = require('stream');

function watch(name, w) {
  for (const ev of ['prefinish', 'finish', 'close', 'error']) {
    w.on(ev, (e) => console.log(name, ev, ev === 'error' ? e.message : '', 'finished', w.writableFinished));
  }
}

const a = new Writable({
  write(chunk, enc, cb) {
    console.log('a write', String(chunk));
    setImmediate(cb);
  },
  final(cb) {
    console.log('a final, length', this.writableLength);
    setImmediate(cb);
  },
});
watch('a', a);
a.write('1');
a.end('2', () => console.log('a end callback'));
console.log('a ended', a.writableEnded, 'finished', a.writableFinished);

const b = new Writable({
  write(chunk, enc, cb) { cb(); },
  final(cb) { cb(new Error('final failed')); },
});
watch('b', b);
b.end((err) => console.log('b end callback', err && err.message));

const c = new Writable({ autoDestroy: false, write(chunk, enc, cb) { cb(); } });
watch('c', c);
c.end('x');
setImmediate(() => console.log('c destroyed', c.destroyed, 'closed', c.closed));

const d = new Writable({
  write(chunk, enc, cb) { cb(); },
  final(cb) {
    cb();
    cb();
  },
});
watch('d', d);
d.end();

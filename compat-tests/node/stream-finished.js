// finished() (end-of-stream): called once per stream when it ends,
// finishes, errors or closes early; readable/writable options select the
// side; the returned function removes the listeners.
const { finished, Readable, Writable, Duplex, PassThrough } = require('stream');

const r = new Readable({ read() {} });
finished(r, (err) => console.log('readable done', err, r.readableEnded));
r.resume();
r.push('a');
r.push(null);

const w = new Writable({ write(c, e, cb) { cb(); } });
finished(w, function (err) {
  console.log('writable done', err, this === w, w.writableFinished);
});
w.end('x');

const early = new Readable({ read() {} });
finished(early, (err) => console.log('early close', err.code, err.message));
early.destroy();

const failing = new Writable({ write(c, e, cb) { cb(new Error('write failed')); } });
failing.on('error', () => {});
finished(failing, (err) => console.log('errored', err.message));
failing.write('x');

const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
finished(d, { readable: false }, (err) => console.log('duplex writable side done', err, d.readableEnded));
d.end();

const p = new PassThrough();
const cleanup = finished(p, () => console.log('should not be called'));
cleanup();
p.end();
p.resume();
p.on('close', () => console.log('passthrough closed, listeners on close:', p.listenerCount('close')));

const already = new Readable({ read() {} });
already.push(null);
already.resume();
already.on('close', () => {
  finished(already, (err) => console.log('already closed', err));
});

try {
  finished(r);
} catch (e) {
  console.log(e.code);
}

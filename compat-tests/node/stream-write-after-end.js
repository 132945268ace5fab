// Writable errors: write after end (ERR_STREAM_WRITE_AFTER_END via the
// callback and 'error'), write(null) and invalid chunks throw, unknown
// encodings throw, end() after finish reports ERR_STREAM_ALREADY_FINISHED.
const { Writable } = require('stream');

function make() {
  return new Writable({ write(c, e, cb) { cb(); } });
}

const w = make();
w.on('error', (e) => console.log('error event', e.name, e.code, e.message));
w.on('close', () => console.log('close'));
w.end('done');
console.log('write after end ->', w.write('late', (err) => console.log('callback', err.code)));

for (const [label, fn] of [
  ['null', (s) => s.write(null)],
  ['number', (s) => s.write(42)],
  ['object', (s) => s.write({})],
  ['undefined', (s) => s.write(undefined)],
  ['bad encoding', (s) => s.write('x', 'nope')],
  ['bad default', (s) => s.setDefaultEncoding('klingon')],
]) {
  try {
    fn(make());
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

const f = make();
f.end();
f.on('finish', () => {
  f.end((err) => console.log('end after finish', err.code, err.message));
});

const d = make();
d.on('error', () => console.log('no error event for a destroyed stream'));
d.destroy();
d.write('x', (err) => console.log('write after destroy', err.code, err.message));

const objectNull = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
try {
  objectNull.write(null);
} catch (e) {
  console.log('object mode null', e.code);
}
console.log('object mode undefined ->', objectNull.write(undefined));

'use strict';
// The writable side's state getters (writable, writableEnded,
// writableFinished, closed, destroyed...) on streams through their life and
// on odd receivers: no state, an empty state, a state that is not an
// object, and a Duplex with a null state.
const { Writable, Duplex } = require('stream');

const names = ['writable', 'writableEnded', 'writableFinished', 'closed', 'destroyed', 'writableObjectMode'];
function show(label, s) {
  console.log(label, names.map((n) => n + '=' + s[n]).join(' '));
}

function getterOf(proto, n) {
  for (let p = proto; p !== null; p = Object.getPrototypeOf(p)) {
    const desc = Object.getOwnPropertyDescriptor(p, n);
    if (desc) return desc.get;
  }
  return undefined;
}

const receivers = [['{}', {}], ['empty state', { _writableState: {}, _readableState: {} }],
  ['number state', { _writableState: 5, _readableState: 5 }], ['primitive', 'str']];
for (const n of names) {
  const get = getterOf(Writable.prototype, n);
  console.log('Writable', n, typeof get, get.name, get.length, getterOf(Duplex.prototype, n) === get);
  for (const [what, recv] of receivers) {
    let out;
    try {
      out = get.call(recv);
    } catch (e) {
      out = e.constructor.name;
    }
    console.log(' ', what, out);
  }
}
const duplexDestroyed = getterOf(Duplex.prototype, 'destroyed');
console.log('Duplex destroyed', duplexDestroyed.name, duplexDestroyed.length, duplexDestroyed.call({}),
  duplexDestroyed.call('str'), duplexDestroyed.call({ _readableState: undefined, _writableState: null }));

const odd = Object.create(Duplex.prototype);
odd._readableState = null;
odd._writableState = {};
try {
  console.log('null readable state', odd.destroyed);
} catch (e) {
  console.log('null readable state throws', e.constructor.name);
}

const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { setImmediate(cb); } });
show('new', w);
w.write('x');
w.end(() => show('end cb', w));
show('ended', w);
w.on('prefinish', () => show('prefinish', w));
w.on('finish', () => show('finish', w));
w.on('close', () => show('close', w));

const d = new Duplex({ read() {}, write(c, e, cb) { cb(); }, objectMode: true });
show('duplex', d);
d.writable = false;
show('duplex unwritable', d);
d.destroy();
show('duplex destroyed', d);
d.on('close', () => show('duplex close', d));

const u = new Writable({ write(c, e, cb) { cb(); } });
u.destroy(new Error('x'));
u.on('error', () => show('errored', u));

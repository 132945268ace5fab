// autoDestroy and emitClose: by default a Readable closes after 'end';
// with autoDestroy false it stays open (not destroyed, no 'close') until
// destroy(); emitClose false suppresses 'close'. Errors from push() go to
// 'error' and then 'close'.
const { Readable } = require('stream');

function watch(name, r) {
  for (const ev of ['end', 'close', 'error']) {
    r.on(ev, (e) => console.log(name, ev, ev === 'error' ? e.code : '', 'destroyed', r.destroyed, 'closed', r.closed));
  }
  return r;
}

const a = watch('default', new Readable({ read() {} }));
a.push('x');
a.push(null);
a.resume();

const b = watch('noAuto', new Readable({ autoDestroy: false, read() {} }));
b.push(null);
b.resume();
setTimeout(() => {
  console.log('noAuto later: destroyed', b.destroyed, 'readableEnded', b.readableEnded);
  b.destroy();
}, 5);

const c = watch('noClose', new Readable({ emitClose: false, read() {} }));
c.push(null);
c.resume();

const d = watch('badPush', new Readable({ read() {} }));
d.push(null);
d.push('after end');

const e = watch('badType', new Readable({ read() {} }));
console.log('push number returns', e.push(7));

const f = watch('noAutoError', new Readable({ autoDestroy: false, read() {} }));
f.push(null);
f.push('late');
setTimeout(() => console.log('noAutoError destroyed', f.destroyed, 'errored', f.errored && f.errored.code), 5);

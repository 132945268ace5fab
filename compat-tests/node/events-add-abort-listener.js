// events.addAbortListener(signal, listener) with a duck-typed signal.
const { addAbortListener } = require('events');

function makeSignal(aborted) {
  const listeners = [];
  return {
    aborted,
    reason: undefined,
    addEventListener(name, fn, opts) { console.log('add', name, opts.once); listeners.push(fn); },
    removeEventListener(name, fn) {
      console.log('remove', name);
      const i = listeners.indexOf(fn);
      if (i >= 0) listeners.splice(i, 1);
    },
    fire() { for (const fn of listeners.slice()) fn({ type: 'abort' }); },
    count() { return listeners.length; },
  };
}

const s = makeSignal(false);
const d = addAbortListener(s, (ev) => console.log('listener got', ev.type));
console.log('disposable', Object.getPrototypeOf(d), Object.getOwnPropertySymbols(d).map(String).join(','));
s.fire();

const s2 = makeSignal(false);
const d2 = addAbortListener(s2, () => console.log('never'));
d2[Object.getOwnPropertySymbols(d2)[0]]();
console.log('after dispose', s2.count());

// An already aborted signal calls the listener in a microtask.
const s3 = makeSignal(true);
const d3 = addAbortListener(s3, (...args) => console.log('aborted already, args', args.length));
console.log('not yet');
d3[Object.getOwnPropertySymbols(d3)[0]]();
Promise.resolve().then(() => console.log('after the listener'));

// Errors.
for (const [sig, fn] of [[undefined, () => {}], [null, () => {}], [{}, () => {}], [1, () => {}], [makeSignal(false), 'x']]) {
  try { addAbortListener(sig, fn); } catch (err) { console.log(err.code, err.message); }
}

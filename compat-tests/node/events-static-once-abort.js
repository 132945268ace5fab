// events.once with an AbortSignal: an aborted signal rejects at once, an
// abort while waiting rejects with AbortError and removes the listeners.
// The signal here is a duck-typed stand-in for AbortSignal.
const EventEmitter = require('events');

function makeSignal() {
  const listeners = [];
  return {
    aborted: false,
    reason: undefined,
    addEventListener(name, fn) { listeners.push(fn); },
    removeEventListener(name, fn) {
      const i = listeners.indexOf(fn);
      if (i >= 0) listeners.splice(i, 1);
    },
    abort(reason) {
      this.aborted = true;
      this.reason = reason;
      for (const fn of listeners.slice()) fn({ type: 'abort' });
    },
    count() { return listeners.length; },
  };
}

async function main() {
  const e = new EventEmitter();

  const pre = makeSignal();
  pre.abort('early');
  try { await EventEmitter.once(e, 'x', { signal: pre }); } catch (err) {
    console.log('pre-aborted', err.name, err.code, err.message, err.cause, err instanceof Error);
  }
  console.log('nothing registered', e.listenerCount('x'), e.listenerCount('error'));

  const s = makeSignal();
  const p = EventEmitter.once(e, 'x', { signal: s });
  console.log('waiting', e.listenerCount('x'), e.listenerCount('error'), s.count());
  s.abort({ why: 'late' });
  try { await p; } catch (err) {
    console.log('aborted', err.name, err.code, err.cause.why);
  }
  console.log('cleaned up', e.listenerCount('x'), e.listenerCount('error'));

  // Resolving first removes the abort listener.
  const s2 = makeSignal();
  const p2 = EventEmitter.once(e, 'y', { signal: s2 });
  e.emit('y', 'ok');
  console.log('resolved', (await p2)[0], 'abort listeners left', s2.count());

  // Bad signals reject with ERR_INVALID_ARG_TYPE.
  for (const bad of [1, 'x', {}, null]) {
    try { await EventEmitter.once(e, 'z', { signal: bad }); } catch (err) { console.log(err.code, err.message); }
  }
  // Options that are not objects are ignored.
  const p3 = EventEmitter.once(e, 'z', 'not options');
  e.emit('z', 3);
  console.log('string options', (await p3)[0]);
}
main();

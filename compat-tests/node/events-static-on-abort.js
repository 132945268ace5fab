// events.on with a signal and water marks. The signal is a duck-typed
// stand-in for AbortSignal.
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
  try { EventEmitter.on(e, 'x', { signal: pre }); } catch (err) {
    console.log('throws synchronously', err.name, err.code, err.cause);
  }

  const s = makeSignal();
  const it = EventEmitter.on(e, 'x', { signal: s });
  console.log('abort listeners', s.count());
  const waiting = it.next();
  s.abort('stop');
  try { await waiting; } catch (err) { console.log('aborted', err.name, err.code, err.cause); }
  console.log(JSON.stringify(await it.next()), 'cleaned', e.listenerCount('x'), s.count());

  // Returning removes the abort listener.
  const s2 = makeSignal();
  const it2 = EventEmitter.on(e, 'x', { signal: s2 });
  await it2.return();
  console.log('after return', s2.count());

  // Water marks pause and resume the emitter.
  const src = new EventEmitter();
  src.pause = () => console.log('pause called');
  src.resume = () => console.log('resume called');
  const it3 = EventEmitter.on(src, 'data', { highWaterMark: 2, lowWaterMark: 1 });
  src.emit('data', 1);
  src.emit('data', 2);
  console.log('two queued');
  src.emit('data', 3);
  console.log((await it3.next()).value[0]);
  console.log((await it3.next()).value[0]);
  console.log((await it3.next()).value[0]);
  await it3.return();
}
main();

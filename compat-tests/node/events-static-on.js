// events.on(emitter, name) returns an async iterator over events; code
// without for-await drives it with next()/return()/throw().
const EventEmitter = require('events');
const { on } = EventEmitter;

const show = (r) => JSON.stringify(r);

async function main() {
  const e = new EventEmitter();
  const it = on(e, 'data');
  console.log('methods', typeof it.next, typeof it.return, typeof it.throw);
  console.log('listeners', e.listenerCount('data'), e.listenerCount('error'));

  // Events emitted before next() are queued.
  e.emit('data', 1);
  e.emit('data', 2, 'b');
  console.log(show(await it.next()), show(await it.next()));

  // next() before the event waits for it.
  const pending = it.next();
  e.emit('data', 3);
  console.log(show(await pending));

  // Several waiting next() calls are served in order.
  const w1 = it.next();
  const w2 = it.next();
  e.emit('data', 'x');
  e.emit('data', 'y');
  console.log(show(await w1), show(await w2));

  // return() ends the iteration and removes the listeners.
  const waiting = it.next();
  console.log('return', show(await it.return()));
  console.log('waiting next settles done', show(await waiting));
  console.log('after return', show(await it.next()), e.listenerCount('data'), e.listenerCount('error'));

  // An 'error' event rejects the next next(), then the iterator is done.
  const it2 = on(e, 'data');
  e.emit('data', 'before error');
  e.emit('error', new Error('bad'));
  console.log(show(await it2.next()));
  try { await it2.next(); } catch (err) { console.log('rejected', err.message); }
  console.log(show(await it2.next()), e.listenerCount('data'));

  // An error while a next() waits rejects that call.
  const it3 = on(e, 'data');
  const w3 = it3.next();
  e.emit('error', new Error('while waiting'));
  try { await w3; } catch (err) { console.log('waiting call rejected', err.message); }

  // throw(err) behaves like an error event; non-errors are refused.
  const it4 = on(e, 'data');
  try { it4.throw('nope'); } catch (err) { console.log(err.code, err.message); }
  console.log('throw returns', it4.throw(new Error('thrown')));
  try { await it4.next(); } catch (err) { console.log('after throw', err.message); }
  console.log(show(await it4.next()));

  // close option: these events end the iteration.
  const it5 = on(e, 'data', { close: ['end', 'finish'] });
  e.emit('data', 'last');
  e.emit('end');
  console.log(show(await it5.next()), show(await it5.next()), e.listenerCount('end'));

  // Listening for 'error' itself does not add a second error listener.
  const it6 = on(e, 'error');
  console.log('error listeners', e.listenerCount('error'));
  e.emit('error', 'as data');
  console.log(show(await it6.next()));
  await it6.return();

  // Bad options (a string is read like an empty object).
  for (const opts of ['x', { highWaterMark: 0 }, { lowWaterMark: 'x' }, { signal: 1 }]) {
    try { on(e, 'data', opts); } catch (err) { console.log(err.code, err.message); }
  }
  console.log('done', e.listenerCount('data'), e.listenerCount('error'));
}
main();

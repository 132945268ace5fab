// Listener arguments must be functions: ERR_INVALID_ARG_TYPE otherwise.
const EventEmitter = require('events');

const e = new EventEmitter();
const bad = [undefined, null, 1, 'str', true, {}, [], 5n];
for (const v of bad) {
  try {
    e.on('x', v);
    console.log('accepted');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
const methods = ['addListener', 'prependListener', 'once', 'prependOnceListener', 'removeListener', 'off'];
for (const m of methods) {
  try {
    e[m]('x', 'nope');
  } catch (err) {
    console.log(m, err.code, err.message);
  }
}
console.log('no listeners were added', e.eventNames().length);

// Removing with a bad listener throws even when the event has none.
try { new EventEmitter().removeListener('none', 1); } catch (err) { console.log('empty emitter', err.code); }

// Classes and async functions are functions.
e.on('x', class Foo {});
e.on('x', async function af() {});
console.log(e.listenerCount('x'));

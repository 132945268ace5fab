// events.getEventListeners, getMaxListeners and setMaxListeners.
const events = require('events');
const { EventEmitter, getEventListeners, getMaxListeners, setMaxListeners } = events;

const e = new EventEmitter();
function a() {}
function b() {}
e.on('x', a);
e.once('x', b);
const got = getEventListeners(e, 'x');
console.log(got.length, got[0] === a, got[1] === b, getEventListeners(e, 'none').length);
got.push(a);
console.log('copy', e.listenerCount('x'));

console.log('max', getMaxListeners(e));
e.setMaxListeners(3);
console.log('max after set', getMaxListeners(e));

// setMaxListeners(n, ...emitters) sets each; without emitters it sets the default.
const f = new EventEmitter();
setMaxListeners(5, e, f);
console.log(e.getMaxListeners(), f.getMaxListeners(), EventEmitter.defaultMaxListeners);
setMaxListeners(7);
console.log('default now', EventEmitter.defaultMaxListeners, new EventEmitter().getMaxListeners());
setMaxListeners();
console.log('no argument keeps the default', EventEmitter.defaultMaxListeners);
setMaxListeners(10);

// Errors.
for (const bad of [{}, 1, 'str']) {
  try { getEventListeners(bad, 'x'); } catch (err) { console.log('getEventListeners', err.code, err.message); }
  try { getMaxListeners(bad); } catch (err) { console.log('getMaxListeners', err.code, err.message); }
  try { setMaxListeners(1, bad); } catch (err) { console.log('setMaxListeners', err.code, err.message); }
}
try { setMaxListeners(-1, e); } catch (err) { console.log(err.code, err.message); }
try { setMaxListeners('1'); } catch (err) { console.log(err.code, err.message); }

// Objects with a listeners method are treated as emitters.
console.log(getEventListeners({ listeners: (n) => ['fake ' + n] }, 'q')[0]);

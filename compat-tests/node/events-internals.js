// Ported code peeks at _events, _eventsCount and _maxListeners, and even
// edits _events directly (old readable-stream did); the shapes match Node.
const EventEmitter = require('events');

const e = new EventEmitter();
console.log(Object.getPrototypeOf(e._events), Object.keys(e._events).length, e._eventsCount, e._maxListeners);
function a() {}
function b() {}
e.on('x', a);
console.log(typeof e._events.x, e._events.x === a, e._eventsCount);
e.on('x', b);
console.log(Array.isArray(e._events.x), e._events.x.length, e._events.x[1] === b, e._eventsCount);
e.on('y', a);
console.log(Object.keys(e._events).join(','), e._eventsCount);
e.removeListener('x', a);
console.log('back to a function', typeof e._events.x, e._events.x === b);
e.once('z', a);
console.log('once wrapper stored', e._events.z !== a, e._events.z.listener === a);
e.setMaxListeners(4);
console.log('_maxListeners', e._maxListeners);

// Prepending by editing _events, as readable-stream's fallback did.
function prepend(emitter, event, fn) {
  if (!emitter._events || !emitter._events[event]) emitter.on(event, fn);
  else if (Array.isArray(emitter._events[event])) emitter._events[event].unshift(fn);
  else emitter._events[event] = [fn, emitter._events[event]];
}
const order = [];
const f = new EventEmitter();
f.on('data', () => order.push('second'));
prepend(f, 'data', () => order.push('first'));
prepend(f, 'data', () => order.push('zeroth'));
f.emit('data');
console.log(order.join(','), f.listenerCount('data'));

// Listeners put directly into _events are called.
const g = new EventEmitter();
g._events.direct = () => console.log('direct listener');
g._eventsCount++;
g.emit('direct');
console.log(g.listenerCount('direct'), JSON.stringify(g.eventNames()));

// The prototype defaults.
const p = EventEmitter.prototype;
console.log(p._events, p._eventsCount, p._maxListeners);

// Removing every listener resets _events to a fresh empty object.
const h = new EventEmitter();
h.on('q', a);
const before = h._events;
h.removeListener('q', a);
console.log('fresh object', h._events !== before, Object.keys(h._events).length, h._eventsCount);

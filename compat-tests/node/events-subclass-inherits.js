// Old-style inheritance (what util.inherits does): EventEmitter.call(this)
// initialises the state; without it the state is created lazily.
const EventEmitter = require('events');

function Legacy(name) {
  EventEmitter.call(this);
  this.name = name;
}
Object.setPrototypeOf(Legacy.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Legacy, EventEmitter);

const l = new Legacy('old');
l.on('ping', function (n) { console.log(this.name, 'ping', n); });
console.log(l.emit('ping', 1), l instanceof EventEmitter, l instanceof Legacy);
console.log(Object.keys(l).join(','), l._eventsCount);

// Without calling the constructor: methods still work, _events appears on
// the first listener.
function Lazy() {}
Lazy.prototype = Object.create(EventEmitter.prototype);
Lazy.prototype.constructor = Lazy;
const z = new Lazy();
console.log('before', z._events, z._eventsCount, Object.keys(z).length, z.emit('nothing'));
console.log(z.listenerCount('x'), JSON.stringify(z.eventNames()), z.listeners('x').length);
z.removeListener('x', () => {});
z.removeAllListeners();
z.on('x', (v) => console.log('lazy got', v));
console.log('after', typeof z._events, z._eventsCount, Object.keys(z).join(','));
z.emit('x', 42);

// Mixing the prototype into a plain object (its methods are enumerable).
const mixed = {};
for (const k in EventEmitter.prototype) mixed[k] = EventEmitter.prototype[k];
mixed.on('m', () => console.log('mixin works'));
mixed.emit('m');
console.log(Object.keys(EventEmitter.prototype).join(','));

// EventEmitter called as a function on an object initialises it.
const target = {};
EventEmitter.call(target);
console.log(Object.keys(target).join(','), Object.getPrototypeOf(target._events));

// EventEmitter.init does the same.
const target2 = Object.create(EventEmitter.prototype);
EventEmitter.init.call(target2);
console.log(typeof target2._events, target2._eventsCount);

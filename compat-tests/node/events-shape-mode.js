// An object that brings its own _events before EventEmitter.call(this) is
// in "shape mode": removing a listener sets the entry to undefined instead
// of deleting it, as Node does to keep the object's shape stable.
const EE = require('events');

function F() { this._events = Object.create(null); this._eventsCount = 0; EE.call(this); }
Object.setPrototypeOf(F.prototype, EE.prototype);
const f = new F();
const a = () => {};
f.on('x', a); f.on('y', a);
f.on('removeListener', (n) => console.log('removed', n));
f.removeListener('x', a);
console.log('x' in f._events, f._events.x, f._eventsCount, JSON.stringify(f.eventNames()), f.emit('x'));
f.removeAllListeners();
console.log(Object.keys(f._events).length, Object.getOwnPropertySymbols(f).map(String).join());

// removeAllListeners() and removeAllListeners(name).
const EventEmitter = require('events');

const e = new EventEmitter();
e.on('a', () => {});
e.on('a', () => {});
e.on('b', () => {});
e.on(Symbol('c'), () => {});
console.log(e.removeAllListeners('a') === e, JSON.stringify(e.eventNames()), e._eventsCount);
console.log(e.removeAllListeners('missing') === e, e._eventsCount);
console.log(e.removeAllListeners() === e, e.eventNames().length, e._eventsCount);

// An explicit undefined name is a name, not "all".
const f = new EventEmitter();
f.on('undefined', () => console.log('undefined-named listener'));
f.on('keep', () => {});
f.removeAllListeners(undefined);
console.log(JSON.stringify(f.eventNames()));

// With removeListener listeners, every removal is reported.
const g = new EventEmitter();
const removed = [];
g.on('removeListener', (name) => removed.push(String(name)));
g.on('p', () => {});
g.once('p', () => {});
g.on(Symbol('q'), () => {});
g.removeAllListeners('p');
console.log(removed.join(','));
removed.length = 0;
g.removeAllListeners();
console.log(removed.join(','), g.eventNames().length);

// On an emitter that never had listeners.
const h = Object.create(EventEmitter.prototype);
console.log(h.removeAllListeners() === h, h.removeAllListeners('x') === h);

// Listeners can be added again afterwards.
e.on('again', () => console.log('again works'));
e.emit('again');

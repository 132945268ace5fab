// 'newListener' is emitted before a listener is added, with the original
// function for once listeners.
const EventEmitter = require('events');

const e = new EventEmitter();
function foo() {}
function bar() {}
e.on('newListener', function (name, listener) {
  console.log('newListener', String(name), listener.name, 'count before add', this.listenerCount(name), this === e);
});
e.on('foo', foo);
e.once('foo', bar);
e.prependListener('foo', foo);
const sym = Symbol('sym');
e.on(sym, foo);
console.log('newListener counts itself?', e.listenerCount('newListener'));

// A listener added from inside newListener for the same event lands first.
const f = new EventEmitter();
const order = [];
f.once('newListener', (name) => {
  if (name === 'x') f.on('x', () => order.push('added in newListener'));
});
f.on('x', () => order.push('original'));
f.emit('x');
console.log(order.join(' | '));

// Adding a newListener listener emits newListener for it once one exists.
const g = new EventEmitter();
g.on('newListener', (name) => console.log('g saw', name));
g.on('newListener', () => {});
g.on('removeListener', () => {});

// prependListener puts a listener before the existing ones.
const EventEmitter = require('events');

const e = new EventEmitter();
const order = [];
e.on('x', () => order.push('b'));
e.prependListener('x', () => order.push('a'));
e.on('x', () => order.push('c'));
e.prependListener('x', () => order.push('0'));
e.emit('x');
console.log(order.join(''));
console.log(e.prependListener('y', () => {}) === e);

// Prepending to an empty event and to a single listener.
const o2 = [];
e.prependListener('z', () => o2.push(1));
e.prependListener('z', () => o2.push(2));
e.emit('z');
console.log(o2.join(','));

// newListener sees prepended listeners too.
const f = new EventEmitter();
f.on('newListener', (name) => console.log('newListener', name));
f.prependListener('q', () => {});
f.prependOnceListener('q', () => {});
console.log(f.listenerCount('q'));

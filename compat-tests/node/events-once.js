// once listeners fire once, are removed before they run, and can be removed
// by the original function.
const EventEmitter = require('events');

const e = new EventEmitter();
const seen = [];
e.once('x', (v) => seen.push('once ' + v));
e.on('x', (v) => seen.push('on ' + v));
e.emit('x', 1);
e.emit('x', 2);
console.log(seen.join('|'));

// Removed before the call: re-emitting from inside does not re-fire it.
let depth = 0;
e.once('re', function () {
  depth++;
  console.log('re listeners while running', e.listenerCount('re'));
  e.emit('re');
});
e.emit('re');
console.log('depth', depth);

// Removing a once listener by the original function.
function orig() { console.log('should not run'); }
e.once('rm', orig);
console.log('before', e.listenerCount('rm'));
e.removeListener('rm', orig);
console.log('after', e.listenerCount('rm'), e.emit('rm'));

// prependOnceListener goes first and fires once.
const order = [];
e.on('p', () => order.push('a'));
e.prependOnceListener('p', () => order.push('first-once'));
e.emit('p');
e.emit('p');
console.log(order.join(','));

// Arguments and `this` reach the once listener.
e.once('args', function (a, b, c) { console.log('args', a, b, c, this === e); });
e.emit('args', 'x', 'y', 'z');

// once returns the emitter.
console.log(e.once('chain', () => {}) === e, e.prependOnceListener('chain', () => {}) === e);

// Return value of the wrapped listener comes back through the wrapper.
e.once('ret', () => 42);
console.log('raw wrapper returns', e.rawListeners('ret')[0]());
console.log('listener gone', e.listenerCount('ret'));

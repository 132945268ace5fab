// listenerCount(name[, listener]) and the deprecated static form.
const EventEmitter = require('events');

const e = new EventEmitter();
function a() {}
function b() {}
console.log('empty', e.listenerCount('x'), e.listenerCount('x', a));
e.on('x', a);
console.log('one', e.listenerCount('x'), e.listenerCount('x', a), e.listenerCount('x', b));
e.on('x', b);
e.once('x', a);
e.prependListener('x', a);
console.log('four', e.listenerCount('x'), e.listenerCount('x', a), e.listenerCount('x', b));
console.log('null listener counts all', e.listenerCount('x', null), e.listenerCount('x', undefined));
console.log('unrelated function', e.listenerCount('x', function c() {}));
console.log('static', EventEmitter.listenerCount(e, 'x'), EventEmitter.listenerCount(e, 'none'));

// Counts follow once firing.
e.emit('x');
console.log('after emit', e.listenerCount('x'), e.listenerCount('x', a));

// A single once listener is counted through its wrapper.
const f = new EventEmitter();
f.once('y', b);
console.log('once single', f.listenerCount('y', b), f.listenerCount('y'));

// Symbols.
const s = Symbol('s');
f.on(s, a);
f.on(s, a);
console.log('symbol', f.listenerCount(s), f.listenerCount(s, a));

// The static form works on objects with their own listenerCount.
console.log('duck', EventEmitter.listenerCount({ listenerCount: (n) => 'custom ' + n }, 'z'));

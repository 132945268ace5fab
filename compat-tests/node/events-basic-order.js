// Listeners run in the order they were added, with the emitter as `this`,
// and emit reports whether anyone listened.
const EventEmitter = require('events');

const e = new EventEmitter();
const log = [];
e.on('x', function (a, b) { log.push('first ' + a + ' ' + b + ' ' + (this === e)); });
e.addListener('x', (a) => log.push('second ' + a));
e.on('x', function () { log.push('third ' + arguments.length); });
console.log(e.emit('x', 1, 2));
console.log(log.join('|'));
console.log(e.emit('nobody', 1));
console.log(e.on('y', () => {}) === e, e.addListener('y', () => {}) === e);
console.log(EventEmitter.prototype.on === EventEmitter.prototype.addListener);
console.log(EventEmitter.prototype.off === EventEmitter.prototype.removeListener);

// Many arguments are passed through unchanged.
const args = [];
e.on('many', (...a) => args.push(a.length + ':' + a.join(',')));
e.emit('many');
e.emit('many', 1);
e.emit('many', 1, 2, 3, 4, 5, 6, 7);
console.log(args.join(' '));

// The same function can be added twice and then runs twice.
let count = 0;
const twice = () => count++;
e.on('dup', twice);
e.on('dup', twice);
e.emit('dup');
console.log('dup count', count, e.listenerCount('dup'));
e.off('dup', twice);
e.emit('dup');
console.log('after one off', count, e.listenerCount('dup'));

// A listener's exception propagates out of emit and stops later listeners.
const t = new EventEmitter();
t.on('boom', () => { throw new Error('from listener'); });
t.on('boom', () => console.log('never'));
try { t.emit('boom'); } catch (err) { console.log('caught', err.message); }

// Numbers used as event names are property keys, like strings.
t.on(1, () => console.log('numeric name'));
t.emit('1');
console.log(JSON.stringify(t.eventNames()));

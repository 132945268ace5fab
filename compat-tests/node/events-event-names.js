// eventNames lists names with listeners, strings and symbols, in order of
// first registration; symbols work everywhere a name does.
const EventEmitter = require('events');

const e = new EventEmitter();
const s1 = Symbol('first');
const s2 = Symbol.for('registered');
const anon = Symbol();
e.on('b', () => {});
e.on(s1, (v) => console.log('s1 got', v));
e.on('a', () => {});
e.on(s2, () => console.log('s2 fired'));
e.on(anon, () => console.log('anonymous symbol fired'));
e.on('10', () => {});
e.on('2', () => {});
console.log(e.eventNames().map(String).join(' '));
console.log(e.emit(s1, 'value'), e.emit(s2), e.emit(anon), e.emit(Symbol('first')));

function f() {}
e.on(s1, f);
console.log('s1 count', e.listenerCount(s1), e.listeners(s1).length);
e.off(s1, f);
e.removeAllListeners(s2);
console.log(e.eventNames().map(String).join(' '));
e.removeAllListeners();
console.log('after removeAll', e.eventNames().length, JSON.stringify(e.eventNames()));

// once with a symbol name.
const o = Symbol('once');
e.once(o, () => console.log('once symbol'));
e.emit(o);
e.emit(o);
console.log(e.eventNames().length);

// Names that look like Object.prototype members are ordinary names.
const g = new EventEmitter();
g.on('toString', () => console.log('toString event'));
g.on('__proto__', () => console.log('__proto__ event'));
g.on('constructor', () => console.log('constructor event'));
g.emit('toString');
g.emit('__proto__');
g.emit('constructor');
console.log(g.eventNames().join(','), g.emit('hasOwnProperty'), g.emit('valueOf'));

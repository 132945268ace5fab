// 'removeListener' is emitted after a listener is removed.
const EventEmitter = require('events');

const e = new EventEmitter();
function a() {}
function b() {}
function c() {}
e.on('removeListener', function (name, listener) {
  console.log('removed', String(name), listener.name, 'left', this.listenerCount(name));
});
e.on('x', a);
e.on('x', b);
e.once('x', c);
e.removeListener('x', b);
e.removeListener('x', c);
e.off('x', a);
console.log('x left', e.listenerCount('x'));

// Once wrappers report the original function when they fire.
e.once('y', function onceY() {});
e.emit('y');

// removeAllListeners(name) removes last-added first, reporting each.
e.on('z', a);
e.on('z', b);
e.on('z', c);
e.removeAllListeners('z');

// removeAllListeners() reports every event, removeListener's own last.
const f = new EventEmitter();
const log = [];
f.on('p', a);
f.on('q', b);
f.on('q', c);
f.on('removeListener', (name, fn) => log.push(String(name) + ':' + fn.name));
f.removeAllListeners();
console.log(log.join(' '));
console.log(JSON.stringify(f.eventNames()), f.listenerCount('removeListener'));

// Removing the last listener of an emitter does not emit removeListener
// when there is none left to hear it.
const g = new EventEmitter();
g.on('removeListener', function rl(name) { console.log('g removed', name); });
g.removeListener('removeListener', g.listeners('removeListener')[0]);
console.log('g events', JSON.stringify(g.eventNames()));

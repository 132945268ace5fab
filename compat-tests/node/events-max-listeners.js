// Passing the listener limit warns once per event through
// process.emitWarning ('warning' event); 0 and Infinity mean no limit.
const EventEmitter = require('events');

process.on('warning', (w) => {
  console.log('warning:', w.name, '|', w.message, '|', String(w.type), w.count, w.emitter instanceof EventEmitter);
});

console.log('default', EventEmitter.defaultMaxListeners, new EventEmitter().getMaxListeners());

const e = new EventEmitter();
e.setMaxListeners(2);
console.log('limit', e.getMaxListeners(), e._maxListeners);
for (let i = 0; i < 5; i++) e.on('foo', () => {});
const s = Symbol('sym');
for (let i = 0; i < 3; i++) e.on(s, () => {});
console.log('added', e.listenerCount('foo'), e.listenerCount(s));

// Subclass name in the message.
class Pool extends EventEmitter {}
const p = new Pool();
p.setMaxListeners(1);
p.on('data', () => {});
p.prependListener('data', () => {});

// Unlimited.
const u = new EventEmitter();
u.setMaxListeners(0);
for (let i = 0; i < 20; i++) u.on('many', () => {});
const inf = new EventEmitter().setMaxListeners(Infinity);
for (let i = 0; i < 20; i++) inf.on('many', () => {});
console.log('unlimited', u.listenerCount('many'), inf.getMaxListeners());

// defaultMaxListeners applies to emitters without their own limit.
EventEmitter.defaultMaxListeners = 1;
const d = new EventEmitter();
d.on('x', () => {});
d.on('x', () => {});
console.log('defaultMaxListeners now', EventEmitter.defaultMaxListeners, d.getMaxListeners());
EventEmitter.defaultMaxListeners = 10;

// Removing below the limit and adding again warns again (new array).
const r = new EventEmitter();
r.setMaxListeners(1);
const a = () => {};
r.on('again', a);
r.on('again', () => {});
r.removeListener('again', a);
r.on('again', () => {});

// Validation.
for (const bad of [-1, NaN, 'x', null, undefined]) {
  try { e.setMaxListeners(bad); } catch (err) { console.log('setMaxListeners', err.code, err.message); }
  try { EventEmitter.defaultMaxListeners = bad; } catch (err) { console.log('defaultMaxListeners', err.code, err.message); }
}
console.log('sync part done');

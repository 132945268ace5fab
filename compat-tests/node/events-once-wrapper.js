// The once wrapper in detail: its shape, the removeListener it calls (the
// one the emitter has when it fires, looked up then), what 'removeListener'
// reports, re-entry, and a wrapper called on its own or from another
// emitter.
const EventEmitter = require('events');

function show(label, v) { console.log(label, JSON.stringify(v)); }

// Shape: a function named 'bound onceWrapper', length 0, own keys
// length, name and listener, no prototype, not the listener.
{
  const e = new EventEmitter();
  function orig(a, b) {}
  e.once('x', orig);
  const w = e.rawListeners('x')[0];
  show('shape', [typeof w, w.name, w.length, w === orig, w.listener === orig,
    Object.getOwnPropertyNames(w), Object.keys(w), w.hasOwnProperty('prototype'),
    Object.getPrototypeOf(w) === Function.prototype]);
  const d = Object.getOwnPropertyDescriptor(w, 'listener');
  show('listener descriptor', [d.writable, d.enumerable, d.configurable]);
  const n = Object.getOwnPropertyDescriptor(w, 'name');
  show('name descriptor', [n.writable, n.enumerable, n.configurable]);
  show('listeners', [e.listeners('x')[0] === orig, e.rawListeners('x')[0] === w]);
  show('two once wrappers differ', [(() => { e.once('x', orig); const r = e.rawListeners('x'); return r[0] !== r[1]; })()]);
}

// The removal happens before the call, and re-entry does not fire again.
{
  const e = new EventEmitter();
  const log = [];
  e.once('x', function (v) {
    log.push('fire ' + v + ' count ' + e.listenerCount('x'));
    if (v < 3) e.emit('x', v + 1);
  });
  e.emit('x', 1);
  show('reentry', log);
}

// A removeListener the instance replaced is called, with the wrapper and
// the emitter as this, before the listener runs; the listener fires once
// when it really removes.
{
  const e = new EventEmitter();
  const log = [];
  e.removeListener = function (type, fn) {
    log.push(['rl', type, fn === w, this === e, typeof fn.listener]);
    return EventEmitter.prototype.removeListener.call(this, type, fn);
  };
  function orig(v) { log.push(['fire', v]); }
  e.once('x', orig);
  const w = e.rawListeners('x')[0];
  e.emit('x', 1);
  e.emit('x', 2);
  show('replaced removeListener', log);
}

// A removeListener that does not remove: the wrapper still fires only once.
{
  const e = new EventEmitter();
  const log = [];
  e.removeListener = function (type) { log.push('rl ' + type); return this; };
  e.once('x', (v) => log.push('fire ' + v));
  e.emit('x', 1);
  e.emit('x', 2);
  show('non-removing removeListener', [log, e.listenerCount('x')]);
}

// A removeListener that throws: the listener does not run and the wrapper
// is not spent.
{
  const e = new EventEmitter();
  const log = [];
  let fail = true;
  e.removeListener = function (type, fn) {
    log.push('rl');
    if (fail) { fail = false; throw new Error('no'); }
    return EventEmitter.prototype.removeListener.call(this, type, fn);
  };
  e.once('x', (v) => log.push('fire ' + v));
  try { e.emit('x', 1); } catch (err) { log.push('threw ' + err.message); }
  e.emit('x', 2);
  e.emit('x', 3);
  show('throwing removeListener', log);
}

// removeListener replaced on the prototype of a subclass, and off
// replaced (the wrapper calls removeListener, not off).
{
  const log = [];
  class Sub extends EventEmitter {
    removeListener(type, fn) { log.push('sub rl ' + type); return super.removeListener(type, fn); }
    off(type, fn) { log.push('sub off ' + type); return super.off(type, fn); }
  }
  const e = new Sub();
  e.once('x', () => log.push('fire'));
  e.emit('x');
  show('subclass', log);
}

// removeListener replaced after once(): the one present when it fires is
// called.
{
  const e = new EventEmitter();
  const log = [];
  e.once('x', () => log.push('fire'));
  e.removeListener = function (type, fn) {
    log.push('late rl');
    return EventEmitter.prototype.removeListener.call(this, type, fn);
  };
  e.emit('x');
  show('late replacement', log);
}

// 'removeListener' reports the original for a lone once listener, and the
// wrapper for one removed from an array (Node passes what it was given).
{
  const e = new EventEmitter();
  const log = [];
  function orig() {}
  function other() {}
  e.on('removeListener', (type, fn) => {
    log.push([type, fn === orig ? 'orig' : fn.listener === orig ? 'wrapper' : fn === other ? 'other' : '?']);
  });
  e.once('x', orig);
  e.emit('x');
  e.on('y', other);
  e.once('y', orig);
  e.emit('y');
  e.once('z', orig);
  e.removeListener('z', orig);
  e.on('w', other);
  e.once('w', orig);
  e.removeListener('w', orig);
  show('removeListener event', log);
}

// 'newListener' gets the original; an overridden on gets the wrapper.
{
  const log = [];
  class Sub extends EventEmitter {
    on(type, fn) { log.push(['on', type, fn.name, typeof fn.listener]); return super.on(type, fn); }
    prependListener(type, fn) { log.push(['prepend', type, fn.name]); return super.prependListener(type, fn); }
  }
  const e = new Sub();
  function orig() {}
  e.on('newListener', (type, fn) => log.push(['new', type, fn === orig]));
  e.once('x', orig);
  e.prependOnceListener('x', orig);
  show('adders', log);
}

// The wrapper keeps the emitter it was made for: called from another
// emitter, or directly, it removes itself from its own and calls the
// listener with its own as this; then it is spent.
{
  const a = new EventEmitter();
  const b = new EventEmitter();
  const log = [];
  a.once('x', function (v) { log.push(['fire', v, this === a]); return 'r' + v; });
  const w = a.rawListeners('x')[0];
  b.on('x', w);
  log.push(['b emit', b.emit('x', 1)]);
  log.push(['counts', a.listenerCount('x'), b.listenerCount('x')]);
  log.push(['direct', w(2), w.call(b, 3)]);
  a.once('y', function () { log.push(['this', this === a, arguments.length]); });
  a.rawListeners('y')[0].call(null);
  show('foreign', log);
}

// A script that changes the wrapper's listener property: removal by the
// new value matches, firing still calls the original.
{
  const e = new EventEmitter();
  const log = [];
  function orig() { log.push('orig'); }
  function other() { log.push('other'); }
  e.once('x', orig);
  e.rawListeners('x')[0].listener = other;
  show('changed listener', [e.listeners('x')[0] === other]);
  e.removeListener('x', orig);
  log.push('count ' + e.listenerCount('x'));
  e.removeListener('x', other);
  log.push('count ' + e.listenerCount('x'));
  e.once('y', orig);
  e.rawListeners('y')[0].listener = other;
  e.emit('y');
  show('changed listener log', log);
}

// Many once listeners for one event, fired together, each once, in order;
// the removals in between do not disturb the emit.
{
  const e = new EventEmitter();
  const log = [];
  for (let i = 0; i < 4; i++) e.once('x', () => log.push(i));
  e.prependOnceListener('x', () => log.push('p'));
  e.emit('x');
  e.emit('x');
  show('many', [log, e.listenerCount('x')]);
}

// once with a non-function throws before any lookup of on.
{
  const e = new EventEmitter();
  let looked = false;
  Object.defineProperty(e, 'on', { get() { looked = true; return EventEmitter.prototype.on; } });
  try { e.once('x', 1); } catch (err) { show('bad listener', [err.code, looked]); }
}

// events.once (the promise helper) still resolves once, and leaves no
// listener behind.
{
  const e = new EventEmitter();
  EventEmitter.once(e, 'go').then((args) => {
    show('events.once', [args, e.listenerCount('go'), e.listenerCount('error')]);
  });
  e.emit('go', 1, 2);
  e.emit('go', 3);
}

// The wrapper calls the listener through its call (no arguments) or apply
// (with arguments), as read from the listener then.
{
  const e = new EventEmitter();
  const log = [];
  function f(...a) { log.push(['f', a]); }
  f.apply = function (t, args) { log.push(['own apply', t === e, Array.from(args)]); return 'a'; };
  f.call = function (t) { log.push(['own call', t === e, arguments.length]); return 'c'; };
  e.once('x', f);
  e.emit('x', 1, 2);
  e.once('y', f);
  e.emit('y');
  const saved = Function.prototype.apply;
  Function.prototype.apply = function (t, args) { log.push(['proto apply', t === e, args.length]); };
  function g() { log.push(['g']); }
  e.once('z', g);
  e.emit('z', 1);
  Function.prototype.apply = saved;
  e.once('r', () => 'r');
  log.push(['returns', e.rawListeners('r')[0](1)]);
  show('call and apply', log);
}

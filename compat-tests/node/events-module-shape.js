// The module's exports: EventEmitter itself, carrying the helpers.
const events = require('events');
const { EventEmitter } = events;

console.log(typeof events, events === EventEmitter, events.EventEmitter === events);
console.log(events.name, events.length, EventEmitter.prototype.constructor === EventEmitter);
console.log(require('node:events') === events);
const names = ['once', 'on', 'getEventListeners', 'getMaxListeners', 'setMaxListeners', 'addAbortListener', 'listenerCount', 'init'];
console.log(names.map((n) => n + ':' + typeof events[n]).join(' '));
console.log('usingDomains', events.usingDomains, 'defaultMaxListeners', events.defaultMaxListeners);
console.log(String(events.errorMonitor), String(events.captureRejectionSymbol), events.captureRejections);
console.log(typeof events.kMaxEventTargetListeners, typeof events.kMaxEventTargetListenersWarned);
const d = Object.getOwnPropertyDescriptor(events, 'defaultMaxListeners');
console.log('defaultMaxListeners accessor', typeof d.get, typeof d.set, d.enumerable, d.configurable);
const k = Object.getOwnPropertyDescriptor(events, 'kMaxEventTargetListeners');
console.log('kMaxEventTargetListeners', k.writable, k.enumerable, k.configurable);

// Method names and lengths.
const p = EventEmitter.prototype;
for (const m of ['emit', 'on', 'addListener', 'prependListener', 'once', 'prependOnceListener', 'off',
  'removeListener', 'removeAllListeners', 'listeners', 'rawListeners', 'listenerCount', 'eventNames',
  'setMaxListeners', 'getMaxListeners']) {
  console.log(m, p[m].name, p[m].length, Object.getOwnPropertyDescriptor(p, m).enumerable);
}
console.log(events.once.length, events.on.length, events.getEventListeners.length);

// An instance has Node's own properties, symbols included.
const e = new EventEmitter();
console.log(Object.keys(e).join(','), Object.getOwnPropertySymbols(e).map(String).join(','));

// captureRejections routes rejections of async listeners to
// [Symbol.for('nodejs.rejection')] or to the 'error' event.
const EventEmitter = require('events');
const { captureRejectionSymbol } = EventEmitter;

console.log(captureRejectionSymbol === Symbol.for('nodejs.rejection'), EventEmitter.captureRejections);

const e = new EventEmitter({ captureRejections: true });
e.on('job', async (id) => { throw new Error('job ' + id + ' failed'); });
e.on('error', (err) => console.log('error event:', err.message));
console.log('emit returns', e.emit('job', 1));

const f = new EventEmitter({ captureRejections: true });
f[captureRejectionSymbol] = function (err, name, ...args) {
  console.log('rejection handler:', err.message, name, JSON.stringify(args), this === f);
};
f.on('work', async () => { throw new Error('work failed'); });
f.emit('work', 'a', 2);

// Without the option, nothing is captured (the rejection is caught here).
const g = new EventEmitter();
g.on('job', () => Promise.reject(new Error('ignored')).catch(() => console.log('caught by the caller')));
g.emit('job');

// Non-promise return values are ignored.
const h = new EventEmitter({ captureRejections: true });
h.on('v', () => 42);
h.on('v', () => 'text');
console.log('plain values', h.emit('v'));

// Resolved promises are fine.
h.on('ok', async () => 'fine');
h.emit('ok');

// The global default applies to new emitters.
EventEmitter.captureRejections = true;
const k = new EventEmitter();
k.on('error', (err) => console.log('default capture:', err.message));
k.on('x', async () => { throw new Error('from default'); });
k.emit('x');
EventEmitter.captureRejections = false;
console.log('reset', EventEmitter.captureRejections);

// Validation.
try { new EventEmitter({ captureRejections: 'yes' }); } catch (err) { console.log(err.code, err.message); }
try { EventEmitter.captureRejections = 1; } catch (err) { console.log(err.code, err.message); }
console.log('sync done');

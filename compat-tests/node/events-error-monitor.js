// errorMonitor listeners see 'error' events before the regular listeners,
// and do not count as handling them.
const EventEmitter = require('events');
const { errorMonitor } = EventEmitter;

console.log(typeof errorMonitor, errorMonitor.toString(), errorMonitor === require('events').errorMonitor);

const e = new EventEmitter();
const log = [];
e.on(errorMonitor, (err, extra) => log.push('monitor ' + err.message + ' ' + extra));
try {
  e.emit('error', new Error('one'), 'x');
} catch (err) {
  log.push('thrown ' + err.message);
}
console.log(log.join(' | '));

log.length = 0;
e.on('error', (err) => log.push('listener ' + err.message));
e.emit('error', new Error('two'), 'y');
console.log(log.join(' | '));

// Emitting the monitor symbol directly is an ordinary emit.
log.length = 0;
console.log(e.emit(errorMonitor, new Error('direct'), 'z'), log.join(' | '));

// The monitor shows in eventNames as a symbol.
console.log(e.eventNames().map(String).join(','));

// A non-Error value with only a monitor still becomes ERR_UNHANDLED_ERROR.
const f = new EventEmitter();
f.on(errorMonitor, (v) => console.log('monitor got', v));
try { f.emit('error', 'text'); } catch (err) { console.log(err.code, err.message); }

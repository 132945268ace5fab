// emit works on a copy of the listener array: changes made by a listener
// take effect from the next emit.
const EventEmitter = require('events');

const e = new EventEmitter();
const log = [];
function b() { log.push('b'); }
function c() { log.push('c'); }
e.on('x', function a() { log.push('a'); e.removeListener('x', b); e.on('x', c); });
e.on('x', b);
e.emit('x');
console.log('first emit', log.join(''));
log.length = 0;
e.emit('x');
console.log('second emit', log.join(''));

// removeAllListeners during emit does not stop the current round.
const f = new EventEmitter();
const out = [];
f.on('y', () => { out.push(1); f.removeAllListeners('y'); });
f.on('y', () => out.push(2));
f.on('y', () => out.push(3));
f.emit('y');
console.log(out.join(','), f.listenerCount('y'), f.emit('y'));

// A single listener removing itself.
const g = new EventEmitter();
let n = 0;
function self() { n++; g.off('z', self); }
g.on('z', self);
g.emit('z');
g.emit('z');
console.log('self-removing ran', n);

// Removing the most recently added duplicate first.
const h = new EventEmitter();
const marks = [];
function m() { marks.push('m'); }
h.on('w', m);
h.on('w', () => marks.push('other'));
h.on('w', m);
h.removeListener('w', m);
h.emit('w');
console.log(marks.join(','));

// Removing a listener that is not there changes nothing.
h.removeListener('w', () => {});
h.removeListener('none', m);
console.log(h.listenerCount('w'), h.listenerCount('none'));

// Once listeners removed while another once listener runs.
const k = new EventEmitter();
const ks = [];
function second() { ks.push('second'); }
k.once('v', () => { ks.push('first'); k.removeListener('v', second); });
k.once('v', second);
k.emit('v');
k.emit('v');
console.log(ks.join(','), k.listenerCount('v'));

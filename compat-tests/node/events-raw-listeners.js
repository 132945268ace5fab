// listeners() unwraps once listeners, rawListeners() shows the wrappers;
// both return copies.
const EventEmitter = require('events');

const e = new EventEmitter();
function onA() { return 'A'; }
function onceB() { console.log('onceB ran'); return 'B'; }
e.on('x', onA);
e.once('x', onceB);

const plain = e.listeners('x');
const raw = e.rawListeners('x');
console.log(plain.length, plain[0] === onA, plain[1] === onceB);
console.log(raw.length, raw[0] === onA, raw[1] === onceB, raw[1].listener === onceB, typeof raw[1]);
console.log('wrapper name', raw[1].name);

// Calling the wrapper runs the listener once and removes it.
console.log('wrapper returns', raw[1](), 'listeners now', e.listenerCount('x'));
console.log('second call', raw[1]());
console.log(e.emit('x'));

// The returned arrays are copies.
plain.length = 0;
raw.push(() => {});
console.log('unchanged', e.listenerCount('x'), e.listeners('x').length);

// Empty results.
console.log(JSON.stringify(e.listeners('none')), JSON.stringify(e.rawListeners('none')));
console.log(JSON.stringify(new EventEmitter().listeners('x')));

// A single once listener.
const f = new EventEmitter();
f.once('y', onA);
console.log(f.listeners('y')[0] === onA, f.rawListeners('y')[0] !== onA, f.rawListeners('y')[0].listener === onA);

// Removing the raw wrapper itself works too.
f.removeListener('y', f.rawListeners('y')[0]);
console.log('removed by wrapper', f.listenerCount('y'));

// An 'error' event without listeners throws: the error itself when it is
// an Error, otherwise ERR_UNHANDLED_ERROR describing the value.
const EventEmitter = require('events');

const e = new EventEmitter();
const err = new TypeError('bad thing');
try { e.emit('error', err); } catch (caught) {
  console.log('same object', caught === err, caught.name, caught.message);
}

class MyError extends Error {}
try { e.emit('error', new MyError('sub')); } catch (caught) {
  console.log('subclass', caught instanceof MyError, caught.message);
}

const values = ['boom', 42, undefined, null, true, { a: 1 }, [1, 'two'], Symbol('s'), 12n, -0, 'it\'s'];
for (const v of values) {
  try {
    e.emit('error', v);
  } catch (caught) {
    console.log(caught.name, caught.code, caught.message, caught.context === v, caught instanceof Error);
  }
}
try { e.emit('error'); } catch (caught) { console.log('no args:', caught.message); }

// An emitter that never ran the constructor still throws.
const bare = Object.create(EventEmitter.prototype);
try { bare.emit('error', 'x'); } catch (caught) { console.log('bare', caught.code); }

// With a listener, the error is delivered and emit returns true.
e.on('error', (er) => console.log('handled', er.message));
console.log(e.emit('error', err));

// Non-error events without listeners just return false.
console.log(new EventEmitter().emit('other', new Error('x')));

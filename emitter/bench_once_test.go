package emitter

import "testing"

// subclassSetup makes e an emitter whose on and removeListener are script
// overrides calling EventEmitter's, as a stream's are, so that once() and
// the firing of a once listener go through script methods.
const subclassSetup = `class Sub extends EE {
		on(ev, fn) { return super.on(ev, fn); }
		removeListener(ev, fn) { return super.removeListener(ev, fn); }
	}
	e = new Sub(); e.on('data', function () {})`

// BenchmarkOnceEmitSubclass measures once() and the firing of the once
// listener on an emitter that overrides on and removeListener, the shape
// of socket.once('connect', cb).
func BenchmarkOnceEmitSubclass(b *testing.B) {
	runLoop(b, subclassSetup, `e.once('x', f); e.emit('x');`)
}

// BenchmarkOnceOffSubclass measures once() and removeListener(type, fn) of
// the unfired listener on the overriding emitter.
func BenchmarkOnceOffSubclass(b *testing.B) {
	runLoop(b, subclassSetup, `e.once('x', f); e.removeListener('x', f);`)
}

// BenchmarkOnceSecondListener measures a once listener added beside an
// existing listener and fired, where removal edits an array.
func BenchmarkOnceSecondListener(b *testing.B) {
	runLoop(b, `e.on('x', function () {})`, `e.once('x', f); e.emit('x');`)
}

package stream

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/emitter"
)

// WriteCompletion returns the callback a DirectWrite's sink keeps for a
// write of stream it could not finish at once, to call with the error
// that stopped the write, or nothing once the write is done. It is
// stream's onwrite (read now, as _write would get it), except that the
// common completion of a socket's bulk transfer is settled in Go (see
// settle).
func (m *Module) WriteCompletion(stream *goja.Object) goja.Callable {
	d := m.direct
	var onwrite goja.Value
	if st, ok := stream.Get("_writableState").(*goja.Object); ok {
		onwrite = st.Get("onwrite")
	}
	return func(this goja.Value, args ...goja.Value) (goja.Value, error) {
		if len(args) == 0 || !args[0].ToBoolean() {
			if handled, err := d.settle(stream); handled {
				return goja.Undefined(), err
			}
		}
		fn, ok := goja.AssertFunction(onwrite)
		if !ok {
			return goja.Undefined(), nil
		}
		return fn(this, args...)
	}
}

// settle is onwrite(stream, null) done in Go for a write that completed
// later with no callback of its own and nothing queued behind it: the
// state updates, afterWrite's 'drain' (through the emitter) and its
// count, and the script's afterWriteEnd only when the stream is destroyed
// or ending (it does nothing otherwise). handled is false, and nothing
// done, in every other case; err is what a 'drain' listener or
// afterWriteEnd threw.
func (d *directWriter) settle(stream *goja.Object) (handled bool, err error) {
	st, ok := stream.Get("_writableState").(*goja.Object)
	if !ok {
		return false, nil
	}
	// A write without a callback of its own (WritableWriteCb clear) that
	// completed later (WritableSync clear), nothing queued behind it.
	flags, ok := WritableStateFlags(st)
	if !ok || flags&settleMask != WritableExpectWriteCb {
		return false, nil
	}
	length := st.Get("length").ToInteger() - st.Get("writelen").ToInteger()
	flags &^= WritableWriting | WritableExpectWriteCb
	setFlags(st, flags)
	set(st, "length", length)
	set(st, "writelen", 0)
	if ex := d.vm.Try(func() { d.afterWrite(stream, st, flags, length) }); ex != nil {
		return true, ex
	}
	return true, nil
}

// settleMask is what settle tests of a state's flags.
const settleMask = WritableExpectWriteCb | WritableWriteCb | WritableSync | WritableBuffered

// afterWrite is the script's afterWrite(stream, state, 1, nop) once
// onwrite has left flags and length bytes in the state.
func (d *directWriter) afterWrite(stream, st *goja.Object, flags WritableFlags, length int64) {
	if flags&(WritableNeedDrain|WritableEnding) == WritableNeedDrain && length == 0 && !truthy(stream.Get("destroyed")) {
		setFlags(st, flags&^WritableNeedDrain)
		d.emitDrain(stream)
		// A 'drain' listener may have changed the state.
		flags, _ = WritableStateFlags(st)
	}
	set(st, "pendingcb", st.Get("pendingcb").ToInteger()-1)
	if flags&(WritableDestroyed|WritableEnding) != 0 {
		if _, err := d.afterWriteEnd(goja.Undefined(), stream, st); err != nil {
			panic(err)
		}
	}
}

// emitDrain emits 'drain' on stream as stream.emit('drain') would, going
// straight to the emitter when emit is the stock one (emitter.Emit would
// look the emitter up, and allocate, on every call).
func (d *directWriter) emitDrain(stream *goja.Object) {
	if d.emitter != nil && sameObject(stream.Get("emit"), d.emitter.Func()) {
		d.emitter.Emit(stream, "drain")
		return
	}
	emitter.Emit(d.vm, stream, "drain")
}

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
// later with nothing queued behind it: the state updates, then
// afterWrite's 'drain' (through the emitter), its count, the write's own
// callback if it has one, and the script's afterWriteEnd only when the
// stream is destroyed or ending (it does nothing otherwise). handled is
// false, and nothing done, in every other case; err is what a 'drain'
// listener, the callback or afterWriteEnd threw.
func (d *directWriter) settle(stream *goja.Object) (handled bool, err error) {
	st, ok := stream.Get("_writableState").(*goja.Object)
	if !ok {
		return false, nil
	}
	// A write that completed later (WritableSync clear), nothing queued
	// behind it, with a callback of its own (WritableWriteCb) or without.
	flags, ok := WritableStateFlags(st)
	if !ok {
		return false, nil
	}
	var cb goja.Callable
	switch flags & settleMask {
	case WritableExpectWriteCb:
	case WritableExpectWriteCb | WritableWriteCb:
		if cb, ok = d.callables.Callable(st.GetSymbol(writeCbKey)); !ok {
			return false, nil
		}
		setSymbol(st, writeCbKey, goja.Null())
	default:
		return false, nil
	}
	flags &^= WritableWriting | WritableExpectWriteCb | WritableWriteCb
	setFlags(st, flags)
	set(st, "length", st.Get("length").ToInteger()-st.Get("writelen").ToInteger())
	set(st, "writelen", 0)
	if ex := d.vm.Try(func() { d.afterWrite(stream, st, 1, cb) }); ex != nil {
		return true, ex
	}
	return true, nil
}

// settleMask is what settle tests of a state's flags.
const settleMask = WritableExpectWriteCb | WritableWriteCb | WritableSync | WritableBuffered

// afterWrite is the script's afterWrite(stream, state, count, cb) once
// onwrite has updated the state: a 'drain' that is due, then count times
// pendingcb-- and cb(null) (a nil cb is nop), then afterWriteEnd when the
// stream is destroyed or ending. It panics with what a listener, cb or
// afterWriteEnd threw.
func (d *directWriter) afterWrite(stream, st *goja.Object, count int64, cb goja.Callable) {
	flags, _ := WritableStateFlags(st)
	if flags&(WritableNeedDrain|WritableEnding) == WritableNeedDrain && st.Get("length").ToInteger() == 0 &&
		!truthy(stream.Get("destroyed")) {
		setFlags(st, flags&^WritableNeedDrain)
		d.emitDrain(stream)
	}
	for ; count > 0; count-- {
		addPendingCB(st, -1)
		if cb != nil {
			if _, err := cb(goja.Undefined(), goja.Null()); err != nil {
				panic(err)
			}
		}
	}
	// A 'drain' listener or the callback may have changed the state.
	if flags, _ = WritableStateFlags(st); flags&(WritableDestroyed|WritableEnding) != 0 {
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

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
	if !ok || !sameObject(st.Get("writecb"), d.nop) || truthy(st.Get("sync")) {
		return false, nil
	}
	buffered, ok := st.Get("buffered").(*goja.Object)
	if !ok || buffered.Get("length").ToInteger() != st.Get("bufferedIndex").ToInteger() {
		return false, nil
	}
	length := st.Get("length").ToInteger() - st.Get("writelen").ToInteger()
	set(st, "writing", false)
	set(st, "writecb", goja.Null())
	set(st, "length", length)
	set(st, "writelen", 0)
	if ex := d.vm.Try(func() { d.afterWrite(stream, st, length) }); ex != nil {
		return true, ex
	}
	return true, nil
}

// afterWrite is the script's afterWrite(stream, state, 1, nop) once
// onwrite has left length bytes in the state.
func (d *directWriter) afterWrite(stream, st *goja.Object, length int64) {
	if truthy(st.Get("needDrain")) && length == 0 && !truthy(st.Get("ending")) && !truthy(stream.Get("destroyed")) {
		set(st, "needDrain", false)
		d.emitDrain(stream)
	}
	set(st, "pendingcb", st.Get("pendingcb").ToInteger()-1)
	if truthy(st.Get("destroyed")) || truthy(st.Get("ending")) {
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

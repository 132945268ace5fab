package stream

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/emitter"
)

// DirectWrite writes b, the bytes of one write() without a callback, to the
// sink behind stream, from Go. took false means the stream is in no state
// for it (nothing was done; the write goes the JavaScript way). Otherwise
// done tells whether the sink took b at once; if not, the sink keeps the
// callback Module.WriteCompletion gives for stream, and calls it once it
// has taken b, or with the error that stopped it.
type DirectWrite func(stream *goja.Object, b []byte) (took, done bool)

// directWriter makes the plain writes of the streams whose _write is one
// registered function in Go, sparing write's JavaScript path (write,
// writeOrBuffer, _write, its callback) when the stream is idle.
type directWriter struct {
	vm     *goja.Runtime
	shared *goja.Object // the scripts' internals: directWrite is read there
	fn     DirectWrite

	afterWriteEnd goja.Callable    // the script's afterWriteEnd, for settle
	emitter       *emitter.Emitter // EventEmitter.prototype.emit; nil without nodeshim's events
}

// SetDirectWrite makes fn write the chunks of streams whose _write is
// write, whenever write() is called with a Buffer or typed array alone on
// such a stream with nothing queued, corked, ending or failed. One
// function can be registered per runtime; a later call replaces it.
func (m *Module) SetDirectWrite(write goja.Value, fn DirectWrite) {
	m.direct.fn = fn
	set(m.direct.shared, "directWrite", write)
}

// writeDirect(stream, chunk) is write(chunk) on a stream whose _write is
// the registered one, done in Go. It returns write's answer, or undefined
// when the JavaScript path must do the write.
func (d *directWriter) writeDirect(call goja.FunctionCall) goja.Value {
	stream, ok := call.Argument(0).(*goja.Object)
	if !ok || d.fn == nil {
		return goja.Undefined()
	}
	b, ok := buffer.Bytes(d.vm, call.Argument(1))
	if !ok {
		return goja.Undefined()
	}
	st, ok := stream.Get("_writableState").(*goja.Object)
	if !ok {
		return goja.Undefined()
	}
	flags, idle := writableIdle(st)
	if !idle {
		return goja.Undefined()
	}
	took, done := d.fn(stream, b)
	switch {
	case !took:
		return goja.Undefined()
	case done:
		// The write came and went: writeOrBuffer and onwrite would leave
		// the state as it was.
		return d.vm.ToValue(true)
	}
	// In flight: the state writeOrBuffer leaves while _write has not
	// called back (a write without a callback: WritableWriteCb stays
	// clear).
	n := len(b)
	set(st, "pendingcb", st.Get("pendingcb").ToInteger()+1)
	set(st, "length", n)
	set(st, "writelen", n)
	flags |= WritableWriting | WritableExpectWriteCb
	ret := int64(n) < st.Get("highWaterMark").ToInteger()
	if !ret {
		flags |= WritableNeedDrain
	}
	setFlags(st, flags)
	return d.vm.ToValue(ret)
}

// writableIdleMask is what writableIdle tests of a state's flags: all
// clear but constructed.
const writableIdleMask = WritableObjectMode | WritableEnding | WritableDestroyed | WritableWriting |
	WritableErrored | WritableSync | WritableNeedDrain | WritableConstructed | WritableCorked |
	WritableBuffered | WritableExpectWriteCb

// writableIdle tells whether a write would go straight to _write and, if
// _write completed at once, leave nothing behind: not object mode, nothing
// in progress, queued or corked, no end or failure, constructed, past the
// first write (sync is false), and no 'drain' awaited. It returns the
// state's flags too.
func writableIdle(st *goja.Object) (WritableFlags, bool) {
	flags, ok := WritableStateFlags(st)
	if !ok || flags&writableIdleMask != WritableConstructed {
		return flags, false
	}
	return flags, st.Get("length").ToInteger() == 0
}

// setFlags stores a WritableState's flags.
func setFlags(st *goja.Object, flags WritableFlags) {
	if err := st.SetSymbol(StateKey, int64(flags)); err != nil {
		panic(err)
	}
}

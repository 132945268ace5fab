package stream

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/emitter"
	"github.com/nodeshim/nodeshim/internal/callcache"
	"github.com/nodeshim/nodeshim/internal/host"
)

// DirectWrite writes b, the bytes of one write(), to the sink behind
// stream, from Go. took false means the stream is in no state
// for it (nothing was done; the write goes the JavaScript way). Otherwise
// done tells whether the sink took b at once; if not, the sink keeps the
// callback Module.WriteCompletion gives for stream, and calls it once it
// has taken b, or with the error that stopped it.
type DirectWrite func(stream *goja.Object, b []byte) (took, done bool)

// directWriter makes the writes of the streams whose _write is one
// registered function in Go, sparing write's JavaScript path (write,
// writeOrBuffer, _write, its callback) when the stream is idle, and the
// Buffer writes of idle streams of other _write up to _write.
type directWriter struct {
	vm   *goja.Runtime
	sink *goja.Object // the registered _write
	fn   DirectWrite
	slow goja.Callable // the script's writeSlow: write() the JavaScript way
	host *host.Host    // the runtime's host, for its nextTick queue
	nop  *goja.Object  // the scripts' nop, the callback of a write without one

	bufferProto *goja.Object // Buffer.prototype, of the chunks writeIdle takes
	bufferName  goja.Value   // the string "buffer", the encoding of a Buffer chunk

	afterWriteEnd goja.Callable    // the script's afterWriteEnd, for settle
	emitter       *emitter.Emitter // EventEmitter.prototype.emit; nil without nodeshim's events
	views         viewCache        // the bytes of the chunks written or pushed last
	callables     callcache.Cache  // the Callables of the write callbacks called last

	ticks  map[*goja.Object]*tickRecord // the record of each state whose callbacks are due on a tick
	spares []*tickRecord                // used records, for the next
}

// SetDirectWrite makes fn write the chunks of streams whose _write is
// write (a function object), whenever write() is called, with or without
// a callback, with a Buffer, a typed array or a string in UTF-8 (the
// encoding given as 'utf8', or the default one), on such a stream with
// nothing queued, corked, ending or failed; a string reaches fn encoded
// in UTF-8. One function can be registered per runtime; a later call
// replaces it.
func (m *Module) SetDirectWrite(write goja.Value, fn DirectWrite) {
	m.direct.fn = fn
	m.direct.sink, _ = write.(*goja.Object)
}

// write is Writable.prototype.write(chunk, encoding, cb), a Go function so
// that a socket's plain write costs one native call from the script that
// writes: a JavaScript write() in front of the Go one cost more than the
// write itself. Every write that writeDirect does not make goes to the
// script's writeSlow, which is write() as the scripts have it.
func (d *directWriter) write(call goja.FunctionCall) goja.Value {
	if stream, ok := call.This.(*goja.Object); ok {
		if utf8, cb, ok := d.writeArguments(call.Argument(1), call.Argument(2)); ok {
			var ret goja.Value
			if sink := stream.Get("_write"); d.sink != nil && sameObject(sink, d.sink) {
				ret = d.writeDirect(stream, call.Argument(0), utf8, cb)
			} else {
				ret = d.writeIdle(stream, sink, call.Argument(0), cb)
			}
			if ret != nil {
				return ret
			}
		}
	}
	return mustCall(d.slow, call.This, call.Arguments...)
}

// writeArguments reads write's arguments after the chunk, encoding and
// cb, for writeDirect: ok when the encoding is missing (utf8 false: the
// default encoding applies) or names UTF-8 in lower case (utf8 true), or
// is the callback itself (write(chunk, cb)), and the callback is missing
// (cb nil) or a function; any other goes the JavaScript way, which
// validates them.
func (d *directWriter) writeArguments(encoding, callback goja.Value) (utf8 bool, cb goja.Value, ok bool) {
	if d.isCallback(encoding) {
		return false, encoding, true
	}
	if !isMissing(callback) {
		if !d.isCallback(callback) {
			return false, nil, false
		}
		cb = callback
	}
	utf8, ok = utf8Argument(encoding)
	return utf8, cb, ok
}

// isCallback tells whether v is a function given as a write's callback
// (the scripts' nop stands for none, and goes the JavaScript way).
func (d *directWriter) isCallback(v goja.Value) bool {
	o, isObj := v.(*goja.Object)
	return isObj && o != d.nop && o.ClassName() == "Function"
}

// utf8Argument reads write's encoding argument: ok when it is missing
// (utf8 false) or names UTF-8 in lower case (utf8 true).
func utf8Argument(v goja.Value) (utf8, ok bool) {
	if isMissing(v) {
		return false, true
	}
	s, isString := v.(goja.String)
	if !isString {
		return false, false
	}
	name := s.String()
	return true, name == "utf8" || name == "utf-8"
}

// writeDirect is write(chunk, cb) on a stream whose _write is the
// registered one, done in Go, utf8 telling whether write was given UTF-8
// as the encoding; cb is nil for a write without a callback. It returns
// write's answer, or nil when the JavaScript path must do the write.
func (d *directWriter) writeDirect(stream *goja.Object, chunk goja.Value, utf8 bool, cb goja.Value) goja.Value {
	st, flags, ok := idleWritableState(stream)
	if !ok {
		return nil
	}
	b, n, ok := d.chunkBytes(chunk, flags, utf8)
	if !ok {
		return nil
	}
	took, done := d.fn(stream, b)
	switch {
	case !took:
		return nil
	case done && cb == nil:
		// The write came and went: writeOrBuffer and onwrite would leave
		// the state as it was.
		return d.vm.ToValue(true)
	case done:
		// Counted in pendingcb until its callback, which onwrite defers
		// to the next tick. (writeOrBuffer would have kept cb in the
		// state for onwrite, which leaves null there.)
		addPendingCB(st, 1)
		if st.GetSymbol(writeCbKey) == nil {
			setSymbol(st, writeCbKey, goja.Null())
		}
		d.deferWriteCb(stream, st, flags, cb)
		return d.vm.ToValue(true)
	}
	// In flight: the state writeOrBuffer leaves while _write has not
	// called back.
	flags = startWrite(st, flags, n, cb)
	ret := int64(n) < st.Get("highWaterMark").ToInteger()
	if !ret {
		flags |= WritableNeedDrain
	}
	setFlags(st, flags)
	return d.vm.ToValue(ret)
}

// chunkBytes returns the bytes a plain write of chunk sends, and n, what
// the write counts in the state's length: a Buffer's or typed array's own
// bytes, counted as such; or a string in UTF-8 (given, or the default
// encoding), counted in bytes when the stream decodes strings into
// Buffers and otherwise, as Node counts a string it hands to _write as
// it is, in UTF-16 code units. ok is false for any other chunk (the
// script then validates it, or uses another encoding).
func (d *directWriter) chunkBytes(chunk goja.Value, flags WritableFlags, utf8 bool) (b []byte, n int, ok bool) {
	s, isString := chunk.(goja.String)
	if !isString {
		b, ok = d.views.bytes(d.vm, chunk)
		return b, len(b), ok
	}
	if !utf8 && flags&WritableDefaultUTF8Encoding == 0 {
		return nil, 0, false
	}
	b = buffer.StringToBytes(s, buffer.UTF8)
	if flags&WritableDecodeStrings != 0 {
		return b, len(b), true
	}
	return b, s.Length(), true
}

// writeIdle is write(chunk, cb) of a Buffer on an idle stream whose
// _write is sink, any function: what writeChunk and writeOrBuffer do, in
// Go, sparing their script (and the Buffer's length read there, which
// costs goja a failed number parse). An encoding given does not matter
// for a Buffer. cb is nil for a write without a callback. It returns
// write's answer, or nil when the JavaScript path must do the write.
func (d *directWriter) writeIdle(stream *goja.Object, sink, chunk, cb goja.Value) goja.Value {
	o, ok := chunk.(*goja.Object)
	if !ok || o.Prototype() != d.bufferProto {
		return nil
	}
	write, ok := d.callables.Callable(sink)
	if !ok {
		return nil
	}
	st, flags, ok := idleWritableState(stream)
	if !ok {
		return nil
	}
	b, ok := d.views.bytes(d.vm, chunk)
	if !ok {
		return nil
	}
	flags = startWrite(st, flags|WritableSync, len(b), cb)
	setFlags(st, flags)
	if _, err := write(stream, chunk, d.bufferName, st.Get("onwrite")); err != nil {
		panic(err)
	}
	// Measured after the write: one completed synchronously no longer
	// counts.
	flags, _ = WritableStateFlags(st)
	flags &^= WritableSync
	if length := st.Get("length").ToInteger(); length != 0 && length >= st.Get("highWaterMark").ToInteger() {
		setFlags(st, flags|WritableNeedDrain)
		return d.vm.ToValue(false)
	}
	setFlags(st, flags)
	return d.vm.ToValue(flags&(WritableErrored|WritableDestroyed) == 0)
}

// idleWritableState returns stream's writable state and its flags when
// the stream is idle (see writableIdle); ok is false otherwise.
func idleWritableState(stream *goja.Object) (st *goja.Object, flags WritableFlags, ok bool) {
	st, ok = stream.Get("_writableState").(*goja.Object)
	if !ok {
		return nil, 0, false
	}
	flags, ok = writableIdle(st)
	return st, flags, ok
}

// startWrite records in st a write of n counted bytes (or code units)
// handed to _write, with its callback cb (nil for none), as writeOrBuffer
// does, and returns flags with the bits of a write in flight added; the
// caller stores them.
func startWrite(st *goja.Object, flags WritableFlags, n int, cb goja.Value) WritableFlags {
	addPendingCB(st, 1)
	set(st, "length", n)
	set(st, "writelen", n)
	flags |= WritableWriting | WritableExpectWriteCb
	if cb != nil {
		setSymbol(st, writeCbKey, cb)
		flags |= WritableWriteCb
	}
	return flags
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
// state's flags too. Such a state buffers nothing: the scripts count a
// write in length only while it is in _write (writing or a callback
// awaited) or queued (buffered), so length need not be read.
func writableIdle(st *goja.Object) (WritableFlags, bool) {
	flags, ok := WritableStateFlags(st)
	return flags, ok && flags&writableIdleMask == WritableConstructed
}

// setFlags stores a WritableState's flags.
func setFlags(st *goja.Object, flags WritableFlags) {
	if err := st.SetSymbol(StateKey, int64(flags)); err != nil {
		panic(err)
	}
}

// methodFunction makes fn a function object as a prototype method of
// Node's stream scripts would be: of the given length, and with Node's
// name for it, which is empty (write(chunk, encoding, cb) and read(n) are
// assigned anonymous functions).
func methodFunction(vm *goja.Runtime, length int, fn func(goja.FunctionCall) goja.Value) *goja.Object {
	f := vm.ToValue(fn).(*goja.Object)
	for name, v := range map[string]any{"length": length, "name": ""} {
		if err := f.DefineDataProperty(name, vm.ToValue(v), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE); err != nil {
			panic(err)
		}
	}
	return f
}

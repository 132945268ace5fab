package stream

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/callcache"
)

// Push hands b to the readable side of stream as one Buffer chunk,
// without copying (b must not be reused afterwards), as stream.push(buf)
// would, and returns push's answer: false means the readable buffer is full
// and the producer should pause until the next _read. Call it on the
// runtime's goroutine, inside a host task.
func (m *Module) Push(stream *goja.Object, b []byte) bool {
	return m.PushProducing(stream, b, goja.Undefined())
}

// PushProducing is Push for a producer that goes on producing without
// being asked (a socket whose handle keeps reading): idleRead is the
// stream's _read, which does nothing while that lasts. As long as the
// stream still has that _read, the read-ahead a push into a flowing
// stream schedules (a later read(0) whose only work would be to call it)
// is settled at once instead of costing a tick. (A paused stream's
// read-ahead keeps its tick, after 'readable', whose listener decides
// what it finds.) An undefined idleRead makes it Push. On a flowing
// stream with a decoder (setEncoding) of string_decoder's own, the chunk
// is decoded in Go within the same call, and 'data' gets the string.
func (m *Module) PushProducing(stream *goja.Object, b []byte, idleRead goja.Value) bool {
	var st *goja.Object
	var flags int64
	isDirect := false
	if m.data != nil {
		st, flags, isDirect = m.data.state(stream, len(b))
		if isDirect && flags&rDecoder != 0 {
			if more, handled := m.data.pushDecoded(stream, st, flags, b, idleRead); handled {
				return more
			}
			st, isDirect = nil, false
		}
	}
	chunk := m.wrap(b)
	defer m.direct.views.pushDone(m.direct.views.push(chunk, b))
	if isDirect {
		return m.data.emit(stream, st, flags, chunk, idleRead)
	}
	if st != nil {
		if more, handled := m.paused.pushChunk(stream, st, flags, chunk, len(b)); handled {
			return more
		}
	}
	return mustCall(m.pushFromGo, goja.Undefined(), stream, chunk, m.vm.ToValue(len(b)), idleRead).ToBoolean()
}

// PushEOF signals the end of the readable side of stream, as push(null).
func (m *Module) PushEOF(stream *goja.Object) {
	mustCallMethod(m.vm, nil, stream, "push", goja.Null())
}

// Destroy calls stream.destroy(err); a nil err destroys without error.
func (m *Module) Destroy(stream *goja.Object, err goja.Value) {
	if err == nil {
		err = goja.Undefined()
	}
	mustCallMethod(m.vm, nil, stream, "destroy", err)
}

// callMethod calls stream[name](args...) as a script would, so that a
// method the script replaced is the one called, and returns what it
// throws; calls (nil for none) keeps the Callables of the last ones.
func callMethod(vm *goja.Runtime, calls *callcache.Cache, stream *goja.Object, name string, args ...goja.Value) error {
	var fn goja.Callable
	var ok bool
	if calls != nil {
		fn, ok = calls.Callable(stream.Get(name))
	} else {
		fn, ok = goja.AssertFunction(stream.Get(name))
	}
	if !ok {
		panic(vm.NewTypeError("stream." + name + " is not a function"))
	}
	_, err := fn(stream, args...)
	return err
}

// mustCallMethod is callMethod, rethrowing what the method throws.
func mustCallMethod(vm *goja.Runtime, calls *callcache.Cache, stream *goja.Object, name string, args ...goja.Value) {
	if err := callMethod(vm, calls, stream, name, args...); err != nil {
		panic(err)
	}
}

// mustCall calls fn with this and args, rethrowing what it throws.
func mustCall(fn goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	res, err := fn(this, args...)
	if err != nil {
		panic(err)
	}
	return res
}

// ReadableFlagKeys returns what scripts outside the module need to test a
// ReadableState's flags as the stream scripts do (state[kState] & bit):
// the kState symbol and an object of the flag bits by name (kEndEmitted,
// kFlowing...).
func (m *Module) ReadableFlagKeys() (kState goja.Value, bits *goja.Object) {
	return StateKey, m.readableBits
}

// Exports returns require('stream').
func (m *Module) Exports() *goja.Object { return m.exports }

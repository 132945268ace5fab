package stream

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
)

// Push hands b to the readable side of stream as one Buffer chunk,
// without copying (b must not be reused afterwards), as stream.push(buf)
// would, and returns push's answer: false means the readable buffer is full
// and the producer should pause until the next _read. Call it on the
// runtime's goroutine, inside a host task.
func (m *Module) Push(stream *goja.Object, b []byte) bool {
	res, err := m.pushFromGo(goja.Undefined(), stream, buffer.Wrap(m.vm, b), m.vm.ToValue(len(b)))
	if err != nil {
		panic(err)
	}
	return res.ToBoolean()
}

// PushEOF signals the end of the readable side of stream, as push(null).
func (m *Module) PushEOF(stream *goja.Object) {
	m.callPush(stream, goja.Null())
}

// callPush calls stream.push(chunk), so that an overridden push is honoured
// as Node's socket honours it.
func (m *Module) callPush(stream *goja.Object, chunk goja.Value) bool {
	fn, ok := goja.AssertFunction(stream.Get("push"))
	if !ok {
		panic(m.vm.NewTypeError("stream.push is not a function"))
	}
	res, err := fn(stream, chunk)
	if err != nil {
		panic(err)
	}
	return res.ToBoolean()
}

// Destroy calls stream.destroy(err); a nil err destroys without error.
func (m *Module) Destroy(stream *goja.Object, err goja.Value) {
	if err == nil {
		err = goja.Undefined()
	}
	fn, ok := goja.AssertFunction(stream.Get("destroy"))
	if !ok {
		panic(m.vm.NewTypeError("stream.destroy is not a function"))
	}
	if _, e := fn(stream, err); e != nil {
		panic(e)
	}
}

// Exports returns require('stream').
func (m *Module) Exports() *goja.Object { return m.exports }

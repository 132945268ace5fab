package buffer

import (
	"reflect"

	"github.com/dop251/goja"
)

var (
	typeBytes       = reflect.TypeOf([]byte(nil))
	typeArrayBuffer = reflect.TypeOf(goja.ArrayBuffer{})
)

// viewKind classifies a value that may hold bytes.
type viewKind uint8

const (
	notBytes        viewKind = iota
	kindUint8                // Uint8Array (so every Buffer) or Uint8ClampedArray
	kindTypedArray           // any other TypedArray
	kindDataView             // DataView
	kindArrayBuffer          // ArrayBuffer
)

// view returns the bytes v holds, without copying, and what kind of object
// v is. A detached buffer yields no bytes, as its length is 0 in JS.
func (m *module) view(v goja.Value) ([]byte, viewKind) {
	if b, kind, done := directView(v); done {
		return b, kind
	}
	o := v.(*goja.Object)
	if isView, _ := m.isView(goja.Undefined(), o); isView == nil || !isView.ToBoolean() {
		return nil, notBytes
	}
	kind := kindDataView
	if o.ExportType().Kind() == reflect.Slice {
		kind = kindTypedArray
	}
	return m.exportViewBytes(o), kind
}

// directView is view for the shapes that need no module state: non-objects,
// Uint8Arrays (Buffers among them) and ArrayBuffers. done is false for other
// objects.
func directView(v goja.Value) (b []byte, kind viewKind, done bool) {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil, notBytes, true
	}
	switch o.ExportType() {
	case typeBytes:
		// Export builds its slice without checking for a detached buffer,
		// so probe the first element first: it reads as undefined exactly
		// when the array is empty or detached.
		if o.Get("0") == nil {
			return nil, kindUint8, true
		}
		b, _ := o.Export().([]byte)
		return b, kindUint8, true
	case typeArrayBuffer:
		return o.Export().(goja.ArrayBuffer).Bytes(), kindArrayBuffer, true
	}
	return nil, notBytes, false
}

// exportViewBytes returns the bytes under a TypedArray or DataView. goja
// slices the buffer's data with bounds checks here, so a detached buffer
// panics instead of yielding a wild slice; that case reads as empty.
func (m *module) exportViewBytes(o *goja.Object) (b []byte) {
	defer func() {
		if recover() != nil {
			b = nil
		}
	}()
	_ = m.vm.ExportTo(o, &b)
	return b
}

// uint8Array returns v's bytes when v is a Uint8Array (a Buffer included),
// which is what Node's isUint8Array accepts.
func (m *module) uint8Array(v goja.Value) ([]byte, bool) {
	b, kind := m.view(v)
	if kind != kindUint8 || !m.vm.InstanceOf(v, m.u8) {
		return nil, false
	}
	return b, true
}

// requireUint8Array returns v's bytes or throws ERR_INVALID_ARG_TYPE naming
// the argument.
func (m *module) requireUint8Array(v goja.Value, name string) []byte {
	b, ok := m.uint8Array(v)
	if !ok {
		m.throwInvalidArgType(name, wantUint8Array, v)
	}
	return b
}

// thisBytes returns the bytes of a method's receiver, which must be a
// TypedArray or DataView.
func (m *module) thisBytes(call goja.FunctionCall) []byte {
	b, kind := m.view(call.This)
	if kind == notBytes || kind == kindArrayBuffer {
		m.throwInvalidArgType("this", wantUint8Array, call.This)
	}
	return b
}

// newBuffer returns a Buffer over b, without copying. The constructor's
// argument goes in the module's wrapArgs rather than in a slice made per
// call (a socket wraps every chunk it reads): Uint8Array's constructor
// keeps nothing of it, and runs no script that could wrap another buffer
// meanwhile (FastBuffer.prototype is a fixed data property).
func (m *module) newBuffer(b []byte) *goja.Object {
	m.wrapArgs[0] = m.vm.ToValue(m.vm.NewArrayBuffer(b))
	o, err := m.u8New(m.fast, m.wrapArgs[:]...)
	m.wrapArgs[0] = nil
	if err != nil {
		panic(err)
	}
	return o
}

package buffer

import (
	"math"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// construct implements Buffer(arg, encodingOrOffset, length), deprecated
// with or without new.
func (m *module) construct(call goja.ConstructorCall) *goja.Object {
	m.warnDeprecatedConstructor()
	value := arg(call.Arguments, 0)
	if goja.IsNumber(value) {
		if goja.IsString(arg(call.Arguments, 1)) {
			m.throwInvalidArgType("string", wantString, value)
		}
		return m.alloc(value, goja.Undefined(), goja.Undefined())
	}
	return m.from(value, arg(call.Arguments, 1), arg(call.Arguments, 2))
}

// constructFast implements FastBuffer, the species constructor: it takes
// Uint8Array's arguments and returns a Buffer.
func (m *module) constructFast(call goja.ConstructorCall) *goja.Object {
	o, err := m.u8New(m.fast, call.Arguments...)
	if err != nil {
		panic(err)
	}
	return o
}

// warnDeprecatedConstructor emits DEP0005 once, through process.emitWarning
// when there is one, unless the caller is inside node_modules.
func (m *module) warnDeprecatedConstructor() {
	if m.warned {
		return
	}
	for _, frame := range m.vm.CaptureCallStack(8, nil) {
		if name := frame.SrcName(); name != "" && name != "<native>" {
			if strings.Contains(name, "node_modules") {
				return
			}
			break
		}
	}
	m.warned = true
	process, ok := m.vm.Get("process").(*goja.Object)
	if !ok {
		return
	}
	if emit, ok := goja.AssertFunction(process.Get("emitWarning")); ok {
		_, _ = emit(process,
			m.vm.ToValue("Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead."),
			m.vm.ToValue("DeprecationWarning"), m.vm.ToValue("DEP0005"))
	}
}

// from implements Buffer.from(value, encodingOrOffset, length).
func (m *module) from(value, encOrOffset, length goja.Value) *goja.Object {
	if goja.IsString(value) {
		return m.fromString(value, encOrOffset)
	}
	if o, ok := value.(*goja.Object); ok && !isCallable(o) {
		if b, kind := m.view(o); kind == kindArrayBuffer {
			return m.fromArrayBuffer(o, len(b), encOrOffset, length)
		}
		if valueOf, ok := goja.AssertFunction(o.Get("valueOf")); ok {
			prim, err := valueOf(o)
			if err != nil {
				panic(err)
			}
			if _, isObj := prim.(*goja.Object); (isObj || goja.IsString(prim)) && !prim.SameAs(o) {
				return m.from(prim, encOrOffset, length)
			}
		}
		if b := m.fromObject(o); b != nil {
			return b
		}
		if toPrim, ok := goja.AssertFunction(o.GetSymbol(goja.SymToPrimitive)); ok {
			prim, err := toPrim(o, m.vm.ToValue("string"))
			if err != nil {
				panic(err)
			}
			if goja.IsString(prim) {
				return m.fromString(prim, encOrOffset)
			}
		}
	}
	m.throwInvalidArgType("first argument",
		"of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object", value)
	return nil
}

// isCallable reports whether o is a function (typeof "function").
func isCallable(o *goja.Object) bool {
	_, ok := goja.AssertFunction(o)
	return ok
}

// fromString implements Buffer.from(string, encoding): a missing or
// non-string encoding means utf8.
func (m *module) fromString(value, encoding goja.Value) *goja.Object {
	enc := UTF8
	if name, ok := encoding.Export().(string); ok && name != "" {
		var known bool
		if enc, known = ParseEncoding(name); !known {
			m.throwUnknownEncoding(encoding)
		}
	}
	return m.newBuffer(StringToBytes(value, enc))
}

// fromArrayBuffer implements Buffer.from(arrayBuffer, byteOffset, length):
// a view, not a copy.
func (m *module) fromArrayBuffer(ab *goja.Object, size int, byteOffset, length goja.Value) *goja.Object {
	offset := 0.0
	if !isUndefined(byteOffset) {
		if offset = m.toNumber(byteOffset); math.IsNaN(offset) {
			offset = 0
		}
	}
	maxLength := float64(size) - offset
	if maxLength < 0 {
		m.throwBufferOutOfBounds("offset")
	}
	n := maxLength
	if !isUndefined(length) {
		if n = m.toNumber(length); n > 0 {
			if n > maxLength {
				m.throwBufferOutOfBounds("length")
			}
		} else {
			n = 0
		}
	}
	if offset <= -1 {
		m.throwRangeError("Start offset " + m.vm.ToValue(offset).String() + " is outside the bounds of the buffer")
	}
	o, err := m.u8New(m.fast, ab, m.vm.ToValue(math.Trunc(offset)), m.vm.ToValue(math.Trunc(n)))
	if err != nil {
		panic(err)
	}
	return o
}

// fromObject handles array-likes (anything with a length, or with an
// ArrayBuffer in .buffer) and {type: 'Buffer', data: [...]}; nil otherwise.
func (m *module) fromObject(o *goja.Object) *goja.Object {
	length := o.Get("length")
	if !isUndefined(length) || m.isArrayBufferValue(o.Get("buffer")) {
		if !goja.IsNumber(length) {
			return m.newBuffer(nil)
		}
		return m.fromArrayLike(o, length.ToFloat())
	}
	if t := o.Get("type"); t != nil && t.String() == "Buffer" && goja.IsString(t) {
		if data, ok := o.Get("data").(*goja.Object); ok && data.ClassName() == "Array" {
			return m.fromArrayLike(data, data.Get("length").ToFloat())
		}
	}
	return nil
}

// isArrayBufferValue reports whether v is an ArrayBuffer.
func (m *module) isArrayBufferValue(v goja.Value) bool {
	_, kind := m.view(v)
	return kind == kindArrayBuffer
}

// fromArrayLike copies length elements of o into a new Buffer, each
// converted as a Uint8Array element is (ToNumber, then modulo 256).
func (m *module) fromArrayLike(o *goja.Object, length float64) *goja.Object {
	if !(length > 0) {
		return m.newBuffer(nil)
	}
	if src, ok := m.uint8Array(o); ok {
		return m.newBuffer(append([]byte(nil), src...))
	}
	n := int(math.Min(length, MaxLength))
	b := make([]byte, n)
	for i := range b {
		b[i] = m.toUint8(o.Get(strconv.Itoa(i)))
	}
	return m.newBuffer(b)
}

// toUint8 converts v as storing it into a Uint8Array does.
func (m *module) toUint8(v goja.Value) byte {
	if v == nil {
		return 0
	}
	return byte(toUint32(m.toNumber(v)))
}

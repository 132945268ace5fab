package buffer

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// toString implements buf.toString(encoding, start, end), whose range
// arguments Node coerces loosely: out-of-range or inverted ranges give ”
// before the encoding is even looked at.
func (m *module) toString(call goja.FunctionCall) goja.Value {
	b := m.thisBytes(call)
	if len(call.Arguments) == 0 {
		m.requireBufferThis(call, "this", "utf8Slice")
		return decodeToValue(m.vm, b, UTF8)
	}
	n := float64(len(b))
	var start, end int64
	switch s := m.toNumber(call.Argument(1)); {
	case s <= 0:
	case s >= n:
		return m.vm.ToValue("")
	default:
		start = toInt32(s)
	}
	if e := call.Argument(2); isUndefined(e) || m.toNumber(e) > n {
		end = int64(len(b))
	} else {
		end = toInt32(m.toNumber(e))
	}
	if end <= start {
		return m.vm.ToValue("")
	}
	enc, receiver := UTF8, "this"
	if e := call.Argument(0); !isUndefined(e) {
		enc, receiver = m.requireEncoding(e), "buf"
	}
	m.requireBufferThis(call, receiver, methodPrefix(enc)+"Slice")
	return decodeToValue(m.vm, b[start:end], enc)
}

// requireEncoding parses v (converted to a string) or throws
// ERR_UNKNOWN_ENCODING.
func (m *module) requireEncoding(v goja.Value) Encoding {
	enc, ok := ParseEncoding(v.String())
	if !ok {
		m.throwUnknownEncoding(v)
	}
	return enc
}

// write implements buf.write(string[, offset[, length]][, encoding]).
func (m *module) write(call goja.FunctionCall) goja.Value {
	b := m.thisBytes(call)
	str, offset, length, encoding := call.Argument(0), call.Argument(1), call.Argument(2), call.Argument(3)
	size := int64(len(b))
	var off, limit int64
	switch {
	case isUndefined(offset):
		m.requireBufferThis(call, "this", "utf8Write")
		return m.writeString(b, str, 0, size, UTF8)
	case isUndefined(length) && goja.IsString(offset):
		encoding, limit = offset, size
	default:
		off = m.validateOffset(offset, "offset", size)
		limit = size - off
		switch {
		case isUndefined(length):
		case goja.IsString(length):
			encoding = length
		default:
			limit = min(limit, m.validateOffset(length, "length", size))
		}
	}
	enc, receiver := UTF8, "this"
	if encoding.ToBoolean() {
		enc = m.requireEncoding(encoding)
		if name, _ := encoding.Export().(string); name != "utf8" && name != "ascii" {
			receiver = "buf"
		}
	}
	m.requireBufferThis(call, receiver, methodPrefix(enc)+"Write")
	return m.writeString(b, str, off, limit, enc)
}

// writeString writes at most limit bytes of str at b[off:] in enc and
// returns the count, as Node's native xxxWrite bindings do.
func (m *module) writeString(b []byte, str goja.Value, off, limit int64, enc Encoding) goja.Value {
	if !goja.IsString(str) {
		panic(nodeerr.TypeError(m.vm, "ERR_INVALID_ARG_TYPE", "argument must be a string"))
	}
	if limit <= 0 {
		return m.vm.ToValue(0)
	}
	return m.vm.ToValue(writeEncoded(b[off:off+limit], newJSString(str), enc))
}

// encodingMethods returns the per-encoding xxxSlice(start, end) and
// xxxWrite(string, offset, length) methods.
func (m *module) encodingMethods() []protoMethod {
	var methods []protoMethod
	for _, enc := range []Encoding{ASCII, Base64, Base64URL, Latin1, Hex, UTF16LE, UTF8} {
		methods = append(methods,
			protoMethod{name: methodPrefix(enc) + "Slice", fn: func(call goja.FunctionCall) goja.Value {
				b := m.thisBytes(call)
				start := m.parseArrayIndex(call.Argument(0), 0)
				end := max(start, m.parseArrayIndex(call.Argument(1), int64(len(b))))
				if end > int64(len(b)) {
					m.throwIndexOutOfRange()
				}
				return decodeToValue(m.vm, b[start:end], enc)
			}},
			protoMethod{name: methodPrefix(enc) + "Write", fn: func(call goja.FunctionCall) goja.Value {
				b := m.thisBytes(call)
				if !goja.IsString(call.Argument(0)) {
					return m.writeString(b, call.Argument(0), 0, 0, enc)
				}
				size := int64(len(b))
				off := m.parseArrayIndex(call.Argument(1), 0)
				if off > size {
					m.throwBufferOutOfBounds("offset")
				}
				limit := min(size-off, m.parseArrayIndex(call.Argument(2), size-off))
				return m.writeString(b, call.Argument(0), off, limit, enc)
			}},
		)
	}
	return methods
}

// methodPrefix names enc as Buffer's per-encoding methods do (ucs2Slice,
// latin1Write, ...).
func methodPrefix(enc Encoding) string {
	if enc == UTF16LE {
		return "ucs2"
	}
	return enc.String()
}

// requireBufferThis throws the TypeError V8 gives when Node's
// implementation calls receiver.method on a `this` that is a plain
// TypedArray rather than a Buffer, which lacks the method.
func (m *module) requireBufferThis(call goja.FunctionCall, receiver, method string) {
	if o, ok := call.This.(*goja.Object); ok && (o.Prototype() == m.proto || m.vm.InstanceOf(o, m.ctor)) {
		return
	}
	panic(m.vm.NewTypeError(receiver + "." + method + " is not a function"))
}

// parseArrayIndex is the native bindings' index argument: undefined means
// def, anything else is truncated to an integer that must not be negative.
func (m *module) parseArrayIndex(v goja.Value, def int64) int64 {
	if isUndefined(v) {
		return def
	}
	i := v.ToInteger()
	if i < 0 {
		m.throwIndexOutOfRange()
	}
	return i
}

// toJSON implements buf.toJSON(): {type: 'Buffer', data: [bytes...]}.
func (m *module) toJSON(call goja.FunctionCall) goja.Value {
	b := m.thisBytes(call)
	data := make([]any, len(b))
	for i, c := range b {
		data[i] = int64(c)
	}
	o := m.vm.NewObject()
	_ = o.Set("type", "Buffer")
	_ = o.Set("data", m.vm.NewArray(data...))
	return o
}

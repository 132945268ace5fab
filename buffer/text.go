package buffer

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// toString implements buf.toString(encoding, start, end), whose range
// arguments Node coerces loosely: out-of-range or inverted ranges give ”
// before the encoding is even looked at.
func (m *module) toString(call goja.FunctionCall) goja.Value {
	b := m.thisBytes(call)
	if len(call.Arguments) == 0 {
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
	enc := UTF8
	if e := call.Argument(0); !isUndefined(e) {
		enc = m.requireEncoding(e)
	}
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
	enc := UTF8
	if encoding.ToBoolean() {
		enc = m.requireEncoding(encoding)
	}
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
	prefixes := []struct {
		prefix string
		enc    Encoding
	}{
		{"ascii", ASCII}, {"base64", Base64}, {"base64url", Base64URL}, {"latin1", Latin1},
		{"hex", Hex}, {"ucs2", UTF16LE}, {"utf8", UTF8},
	}
	var methods []protoMethod
	for _, p := range prefixes {
		enc := p.enc
		methods = append(methods,
			protoMethod{name: p.prefix + "Slice", fn: func(call goja.FunctionCall) goja.Value {
				b := m.thisBytes(call)
				start := m.parseArrayIndex(call.Argument(0), 0)
				end := max(start, m.parseArrayIndex(call.Argument(1), int64(len(b))))
				if end > int64(len(b)) {
					m.throwIndexOutOfRange()
				}
				return decodeToValue(m.vm, b[start:end], enc)
			}},
			protoMethod{name: p.prefix + "Write", fn: func(call goja.FunctionCall) goja.Value {
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

// inspect implements buf.inspect(), also installed as
// [util.inspect.custom]: "<Buffer 68 69>", at most INSPECT_MAX_BYTES bytes.
func (m *module) inspect(call goja.FunctionCall) goja.Value {
	b := m.thisBytes(call)
	shown := b[:min(int64(len(b)), max(m.inspectMaxBytes, 0))]
	var sb strings.Builder
	sb.WriteByte('<')
	name := "Buffer"
	if this, ok := call.This.(*goja.Object); ok {
		if c, ok := this.Get("constructor").(*goja.Object); ok {
			name = c.Get("name").String()
		}
	}
	sb.WriteString(name)
	sb.WriteByte(' ')
	const digits = "0123456789abcdef"
	for i, c := range shown {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteByte(digits[c>>4])
		sb.WriteByte(digits[c&15])
	}
	if rest := len(b) - len(shown); rest > 0 {
		sb.WriteString(" ... " + itoa(int64(rest)) + " more byte")
		if rest > 1 {
			sb.WriteByte('s')
		}
	}
	sb.WriteByte('>')
	return m.vm.ToValue(sb.String())
}

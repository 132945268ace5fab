package buffer

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// fillMethod implements buf.fill(value[, offset[, end]][, encoding]).
func (m *module) fillMethod(call goja.FunctionCall) goja.Value {
	m.fill(m.thisBytes(call), call.Argument(0), call.Argument(1), call.Argument(2), call.Argument(3))
	return call.This
}

// fill fills buf[offset:end] with value as Node's _fill does: numbers (and
// strings that are one byte) fill single bytes, other strings are encoded,
// byte views are repeated, and anything else is converted to a byte.
func (m *module) fill(buf []byte, value, offset, end, encoding goja.Value) {
	size := int64(len(buf))
	enc := UTF8
	if goja.IsString(value) {
		if isUndefined(offset) || goja.IsString(offset) {
			encoding, offset, end = offset, m.vm.ToValue(0), m.vm.ToValue(size)
		} else if goja.IsString(end) {
			encoding, end = end, m.vm.ToValue(size)
		}
		enc = m.fillEncoding(encoding)
	}
	start, stop := int64(0), size
	if !isUndefined(offset) {
		start = m.validateOffset(offset, "offset", MaxLength)
		if !isUndefined(end) {
			stop = m.validateOffset(end, "end", size)
		}
		if start >= stop {
			return
		}
	}
	region := buf[start:stop]
	pattern, single, ok := m.fillPattern(value, enc)
	if !ok {
		panic(nodeerr.InvalidArgValue(m.vm, "value", value, ""))
	}
	if pattern == nil {
		for i := range region {
			region[i] = single
		}
		return
	}
	// The pattern may alias region: place it once, then double what is
	// already in place, as Node does.
	for i := copy(region, pattern); i < len(region); {
		i += copy(region[i:], region[:i])
	}
}

// fillPattern returns the bytes fill repeats, or nil and the single byte
// to fill with; ok is false for a value that encodes to nothing.
func (m *module) fillPattern(value goja.Value, enc Encoding) (pattern []byte, single byte, ok bool) {
	if goja.IsString(value) {
		str := newJSString(value)
		switch n := str.s.Length(); {
		case n == 0:
			return nil, 0, true
		case n == 1 && (enc == Latin1 || enc == UTF8 && str.s.CharAt(0) < 0x80):
			return nil, byte(str.s.CharAt(0)), true
		}
		pattern = appendEncoded(nil, str, enc)
		return pattern, 0, len(pattern) > 0
	}
	if b, kind := m.view(value); kind != notBytes && kind != kindArrayBuffer {
		return b, 0, len(b) > 0
	}
	return nil, m.toUint8(value), true
}

// fillEncoding is _fill's encoding rule: undefined and null mean utf8, a
// known name its encoding; an unknown string is ERR_UNKNOWN_ENCODING and
// anything else ERR_INVALID_ARG_TYPE.
func (m *module) fillEncoding(v goja.Value) Encoding {
	if isUndefined(v) || goja.IsNull(v) {
		return UTF8
	}
	name, isString := v.Export().(string)
	if !isString {
		m.throwInvalidArgType("encoding", wantString, v)
	}
	enc, ok := ParseEncoding(name)
	if !ok {
		m.throwUnknownEncoding(v)
	}
	return enc
}

package buffer

import (
	"bytes"
	"math"

	"github.com/dop251/goja"
)

// searchMethod returns indexOf (forward), lastIndexOf (backward) or
// includes (forward, as a boolean).
func (m *module) searchMethod(forward, asBool bool) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		i := m.indexOf(m.thisBytes(call), call.Argument(0), call.Argument(1), call.Argument(2), forward)
		if asBool {
			return m.vm.ToValue(i != -1)
		}
		return m.vm.ToValue(i)
	}
}

// indexOf implements Node's bidirectionalIndexOf: value may be a number
// (a byte), a string in an encoding, or a Uint8Array; byteOffset may be
// negative (from the end) and may be replaced by the encoding.
func (m *module) indexOf(buf []byte, value, byteOffset, encoding goja.Value, forward bool) int64 {
	if goja.IsString(byteOffset) {
		encoding, byteOffset = byteOffset, goja.Undefined()
	}
	f := m.toNumber(byteOffset)
	switch {
	case math.IsNaN(f) && forward:
		f = 0
	case math.IsNaN(f):
		f = float64(len(buf))
	case f > math.MaxInt32:
		f = math.MaxInt32
	case f < math.MinInt32:
		f = math.MinInt32
	}
	offset := int64(f)
	if goja.IsNumber(value) {
		return indexOfByte(buf, byte(toUint32(value.ToFloat())), offset, forward)
	}
	enc, known := UTF8, true
	if !isUndefined(encoding) {
		enc, known = ParseEncoding(encoding.String())
	}
	if goja.IsString(value) {
		if !known {
			m.throwUnknownEncoding(encoding)
		}
		return indexOfBytes(buf, appendEncoded(nil, newJSString(value), enc), offset, forward, enc == UTF16LE)
	}
	if needle, ok := m.uint8Array(value); ok {
		return indexOfBytes(buf, needle, offset, forward, known && enc == UTF16LE)
	}
	m.throwInvalidArgType("value", "one of type number or string or an instance of Buffer or Uint8Array", value)
	return -1
}

// searchStart resolves a search offset as Node's IndexOfOffset does: a
// negative offset counts from the end; offsets outside the buffer search
// everything or nothing depending on the direction. -1 means no match.
func searchStart(length, offset, needleLen int64, forward bool) int64 {
	if offset < 0 {
		switch {
		case offset+length >= 0:
			return length + offset
		case forward || needleLen == 0:
			return 0
		default:
			return -1
		}
	}
	switch {
	case offset+needleLen <= length:
		return offset
	case needleLen == 0:
		return length
	case forward:
		return -1
	default:
		return length - 1
	}
}

// indexOfByte finds byte c in buf from offset.
func indexOfByte(buf []byte, c byte, offset int64, forward bool) int64 {
	start := searchStart(int64(len(buf)), offset, 1, forward)
	if start < 0 || len(buf) == 0 {
		return -1
	}
	if !forward {
		return int64(bytes.LastIndexByte(buf[:start+1], c))
	}
	if i := bytes.IndexByte(buf[start:], c); i >= 0 {
		return start + int64(i)
	}
	return -1
}

// indexOfBytes finds needle in buf from offset: forward, the first match
// at or after it; backward, the last match starting at or before it. With
// ucs2 only matches at even positions count, as Node compares 16-bit units.
func indexOfBytes(buf, needle []byte, offset int64, forward, ucs2 bool) int64 {
	n, nl := int64(len(buf)), int64(len(needle))
	start := searchStart(n, offset, nl, forward)
	switch {
	case nl == 0:
		return start
	case n == 0 || start < 0, forward && nl+start > n, nl > n:
		return -1
	}
	if ucs2 {
		if n < 2 || nl < 2 {
			return -1
		}
		nl, start = nl&^1, start&^1
		needle = needle[:nl]
	}
	if forward {
		for p := start; ; {
			i := bytes.Index(buf[p:], needle)
			if i < 0 {
				return -1
			}
			if p += int64(i); !ucs2 || p%2 == 0 {
				return p
			}
			p++
		}
	}
	for end := min(start+nl, n); ; {
		p := int64(bytes.LastIndex(buf[:end], needle))
		if p < 0 || !ucs2 || p%2 == 0 {
			return p
		}
		end = p + nl - 1
	}
}

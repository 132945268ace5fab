package buffer

import (
	"math"

	"github.com/dop251/goja"
)

// numberMethods returns every read/write method for integers, floats and
// BigInts, with Node's names, lengths and lower-case "Uint" aliases.
func (m *module) numberMethods() []protoMethod {
	var ms []protoMethod
	// add installs an integer method under name and, for unsigned ones,
	// under the "Uint" spelling too.
	add := func(prefix string, signed bool, suffix string, length int, fn func(goja.FunctionCall) goja.Value) {
		name := prefix + "Int" + suffix
		props := []string{name}
		if !signed {
			name = prefix + "UInt" + suffix
			props = []string{name, prefix + "Uint" + suffix}
		}
		ms = append(ms, protoMethod{name: name, length: length, props: props, fn: fn})
	}
	for _, signed := range []bool{false, true} {
		for _, le := range []bool{true, false} {
			for _, size := range []int{1, 2, 4} {
				if size == 1 && !le {
					continue
				}
				suffix := itoa(int64(8 * size))
				if size > 1 {
					suffix += endianSuffix(le)
				}
				add("read", signed, suffix, 0, m.readIntMethod(size, signed, le))
				add("write", signed, suffix, 1, m.writeIntMethod(size, signed, le))
			}
			add("read", signed, endianSuffix(le), 2, m.readVarIntMethod(signed, le))
			add("write", signed, endianSuffix(le), 3, m.writeVarIntMethod(signed, le))
			add("readBig", signed, "64"+endianSuffix(le), 0, m.readBigIntMethod(signed, le))
			add("writeBig", signed, "64"+endianSuffix(le), 1, m.writeBigIntMethod(signed, le))
		}
	}
	for _, size := range []int{4, 8} {
		for _, le := range []bool{true, false} {
			// Node names the functions after the host's byte order.
			kind, direction := "Float", "Backwards"
			if size == 8 {
				kind = "Double"
			}
			if le {
				direction = "Forwards"
			}
			ms = append(ms,
				protoMethod{name: "read" + kind + direction, length: 0,
					props: []string{"read" + kind + endianSuffix(le)}, fn: m.readFloatMethod(size, le)},
				protoMethod{name: "write" + kind + direction, length: 1,
					props: []string{"write" + kind + endianSuffix(le)}, fn: m.writeFloatMethod(size, le)})
		}
	}
	return ms
}

// endianSuffix returns "LE" or "BE".
func endianSuffix(le bool) string {
	if le {
		return "LE"
	}
	return "BE"
}

// offsetArg returns a fixed-size method's offset argument, 0 by default.
func (m *module) offsetArg(call goja.FunctionCall, i int) goja.Value {
	if v := call.Argument(i); !isUndefined(v) {
		return v
	}
	return m.vm.ToValue(0)
}

// checkOffset validates the offset of a size-byte access to a buffer of
// length n and returns it.
func (m *module) checkOffset(v goja.Value, size, n int) int {
	f := m.validateNumber(v, "offset")
	if f >= 0 && f <= float64(n-size) && f == math.Trunc(f) {
		return int(f)
	}
	m.boundsError(v, n-size, "")
	return 0
}

// boundsError is Node's boundsError: a non-integer is "an integer" out of
// range, a buffer too short for any access is ERR_BUFFER_OUT_OF_BOUNDS,
// anything else is out of [0 (or 1 for byteLength), limit].
func (m *module) boundsError(v goja.Value, limit int, name string) {
	label, lo := "offset", "0"
	if name != "" {
		m.validateNumber(v, name)
		label, lo = name, "1"
	}
	if f := v.ToFloat(); math.Floor(f) != f {
		m.throwOutOfRange(label, "an integer", v)
	}
	if limit < 0 {
		m.throwBufferOutOfBounds("")
	}
	m.throwOutOfRange(label, ">= "+lo+" and <= "+itoa(int64(limit)), v)
}

// byteLengthArg validates the byteLength of readUIntLE and friends.
func (m *module) byteLengthArg(v goja.Value) int {
	if goja.IsNumber(v) {
		if f := v.ToFloat(); f >= 1 && f <= 6 && f == math.Trunc(f) {
			return int(f)
		}
	}
	m.boundsError(v, 6, "byteLength")
	return 0
}

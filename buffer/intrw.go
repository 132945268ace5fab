package buffer

import (
	"math"

	"github.com/dop251/goja"
)

// readIntMethod returns readUInt8, readInt16LE and the like.
func (m *module) readIntMethod(size int, signed, le bool) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		b := m.thisBytes(call)
		o := m.checkOffset(m.offsetArg(call, 0), size, len(b))
		return m.vm.ToValue(getInt(b[o:o+size], signed, le))
	}
}

// readVarIntMethod returns readUIntLE(offset, byteLength) and the like.
func (m *module) readVarIntMethod(signed, le bool) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		offset := call.Argument(0)
		if isUndefined(offset) {
			m.throwInvalidArgType("offset", wantNumber, offset)
		}
		size := m.byteLengthArg(call.Argument(1))
		b := m.thisBytes(call)
		o := m.checkOffset(offset, size, len(b))
		return m.vm.ToValue(getInt(b[o:o+size], signed, le))
	}
}

// writeIntMethod returns writeUInt8(value, offset = 0), writeInt16LE and
// the like.
func (m *module) writeIntMethod(size int, signed, le bool) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		return m.writeInt(m.thisBytes(call), call.Argument(0), m.offsetArg(call, 1), size, signed, le)
	}
}

// writeVarIntMethod returns writeUIntLE(value, offset, byteLength) and the
// like, whose offset has no default.
func (m *module) writeVarIntMethod(signed, le bool) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		size := m.byteLengthArg(call.Argument(2))
		return m.writeInt(m.thisBytes(call), call.Argument(0), call.Argument(1), size, signed, le)
	}
}

// writeInt stores value as a size-byte integer at offset, checking as Node
// does: one-byte writes check the offset's type before the value's range,
// wider ones the value's range first.
func (m *module) writeInt(b []byte, value, offset goja.Value, size int, signed, le bool) goja.Value {
	f := m.toNumber(value)
	lo, hi := intRange(size, signed)
	if size == 1 {
		m.validateNumber(offset, "offset")
	}
	if f < lo || f > hi {
		m.throwOutOfRange("value", intRangeDesc(size, signed, lo, hi), m.vm.ToValue(f))
	}
	o := m.checkOffset(offset, size, len(b))
	// Like Node's shifts: the low 32 bits by ToUint32, the rest from the
	// floored quotient.
	bits := uint64(toUint32(math.Floor(f/(1<<32))))<<32 | uint64(toUint32(f))
	putInt(b[o:o+size], bits, le)
	return m.vm.ToValue(o + size)
}

// intRange returns the values a size-byte integer can hold.
func intRange(size int, signed bool) (lo, hi float64) {
	if signed {
		half := math.Ldexp(1, 8*size-1)
		return -half, half - 1
	}
	return 0, math.Ldexp(1, 8*size) - 1
}

// intRangeDesc words the accepted range as Node's checkInt does, with
// powers of two above 32 bits.
func intRangeDesc(size int, signed bool, lo, hi float64) string {
	if size <= 4 {
		return ">= " + itoa(int64(lo)) + " and <= " + itoa(int64(hi))
	}
	if signed {
		bits := itoa(int64(8*size - 1))
		return ">= -(2 ** " + bits + ") and < 2 ** " + bits
	}
	return ">= 0 and < 2 ** " + itoa(int64(8*size))
}

// getInt decodes an integer of len(b) bytes.
func getInt(b []byte, signed, le bool) int64 {
	var u uint64
	for i := range b {
		c := b[i]
		if le {
			c = b[len(b)-1-i]
		}
		u = u<<8 | uint64(c)
	}
	if signed {
		shift := 64 - 8*len(b)
		return int64(u<<shift) >> shift
	}
	return int64(u)
}

// putInt stores the low len(b) bytes of u.
func putInt(b []byte, u uint64, le bool) {
	for i := range b {
		c := byte(u >> (8 * i))
		if le {
			b[i] = c
		} else {
			b[len(b)-1-i] = c
		}
	}
}

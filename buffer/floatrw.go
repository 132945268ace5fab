package buffer

import (
	"encoding/binary"
	"math"

	"github.com/dop251/goja"
)

// readFloatMethod returns readFloatLE/BE (size 4) or readDoubleLE/BE (8).
func (m *module) readFloatMethod(size int, le bool) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		b := m.thisBytes(call)
		o := m.checkOffset(m.offsetArg(call, 0), size, len(b))
		order := byteOrder(le)
		if size == 4 {
			return m.vm.ToValue(float64(math.Float32frombits(order.Uint32(b[o:]))))
		}
		return m.vm.ToValue(math.Float64frombits(order.Uint64(b[o:])))
	}
}

// writeFloatMethod returns writeFloatLE/BE (size 4) or writeDoubleLE/BE
// (8). Any number is accepted; NaN is stored in V8's canonical form.
func (m *module) writeFloatMethod(size int, le bool) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		b := m.thisBytes(call)
		f := m.toNumber(call.Argument(0))
		o := m.checkOffset(m.offsetArg(call, 1), size, len(b))
		order := byteOrder(le)
		switch {
		case size == 4 && math.IsNaN(f):
			order.PutUint32(b[o:], 0x7FC00000)
		case size == 4:
			order.PutUint32(b[o:], math.Float32bits(float32(f)))
		case math.IsNaN(f):
			order.PutUint64(b[o:], 0x7FF8000000000000)
		default:
			order.PutUint64(b[o:], math.Float64bits(f))
		}
		return m.vm.ToValue(o + size)
	}
}

// byteOrder returns the binary.ByteOrder for le.
func byteOrder(le bool) binary.ByteOrder {
	if le {
		return binary.LittleEndian
	}
	return binary.BigEndian
}

package buffer

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// subarrayMethod implements buf.subarray(start, end) and buf.slice(start,
// end): a Buffer viewing the same memory. Node's offset rules (truncate,
// negative from the end, clamp) are the typed array ones, so the intrinsic
// does the work; a plain Uint8Array receiver still gets a Buffer back.
func (m *module) subarrayMethod(call goja.FunctionCall) goja.Value {
	res, err := m.subarray(call.This, call.Arguments...)
	if err != nil {
		panic(err)
	}
	if o, ok := res.(*goja.Object); ok && o.Prototype() != m.proto {
		_ = o.SetPrototype(m.proto)
	}
	return res
}

// slice implements buf.slice(start, end), which in Node is
// this.subarray(start, end): the same view for a Buffer, and whatever the
// receiver's own subarray gives for anything else.
func (m *module) slice(call goja.FunctionCall) goja.Value {
	if o, ok := call.This.(*goja.Object); ok && o.Prototype() != m.proto {
		sub, ok := goja.AssertFunction(o.Get("subarray"))
		if !ok {
			panic(m.vm.NewTypeError("this.subarray is not a function"))
		}
		res, err := sub(o, call.Arguments...)
		if err != nil {
			panic(err)
		}
		return res
	}
	return m.subarrayMethod(call)
}

// swapMethod returns swap16, swap32 or swap64, which reverse the byte order
// of each size-byte group in place.
func (m *module) swapMethod(size int) func(goja.FunctionCall) goja.Value {
	return func(call goja.FunctionCall) goja.Value {
		b := m.thisBytes(call)
		if len(b)%size != 0 {
			panic(nodeerr.RangeError(m.vm, "ERR_INVALID_BUFFER_SIZE",
				"Buffer size must be a multiple of "+itoa(int64(8*size))+"-bits"))
		}
		for i := 0; i < len(b); i += size {
			group := b[i : i+size]
			for l, r := 0, size-1; l < r; l, r = l+1, r-1 {
				group[l], group[r] = group[r], group[l]
			}
		}
		return call.This
	}
}

// defineLegacyAccessor defines the enumerable getter name (parent or
// offset) returning prop (buffer or byteOffset) of a Buffer and undefined
// for anything else.
func (m *module) defineLegacyAccessor(name, prop string) {
	getter := m.function("get", 0, func(call goja.FunctionCall) goja.Value {
		if !m.vm.InstanceOf(call.This, m.ctor) {
			return goja.Undefined()
		}
		return call.This.(*goja.Object).Get(prop)
	})
	_ = m.proto.DefineAccessorProperty(name, getter, nil, goja.FLAG_FALSE, goja.FLAG_TRUE)
}

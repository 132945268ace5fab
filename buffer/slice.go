package buffer

import "github.com/dop251/goja"

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

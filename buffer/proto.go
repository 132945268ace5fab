package buffer

import "github.com/dop251/goja"

// protoMethod describes one Buffer.prototype method: Node's function name
// and length, the property names it is installed under (just name when
// props is empty), and its body.
type protoMethod struct {
	name   string
	length int
	props  []string
	fn     func(goja.FunctionCall) goja.Value
}

// installPrototype replaces every goja_nodejs method on Buffer.prototype
// with Node-exact ones and adds the rest.
func (m *module) installPrototype() {
	methods := []protoMethod{
		{name: "toString", length: 3, props: []string{"toString", "toLocaleString"}, fn: m.toString},
		{name: "equals", length: 1, fn: m.equals},
		{name: "compare", length: 5, fn: m.compare},
		{name: "copy", length: 4, fn: m.copy},
		{name: "fill", length: 4, fn: m.fillMethod},
		{name: "indexOf", length: 3, fn: m.searchMethod(true, false)},
		{name: "lastIndexOf", length: 3, fn: m.searchMethod(false, false)},
		{name: "includes", length: 3, fn: m.searchMethod(true, true)},
		{name: "write", length: 4, fn: m.write},
		{name: "toJSON", length: 0, fn: m.toJSON},
		{name: "subarray", length: 2, fn: m.subarrayMethod},
		{name: "slice", length: 2, fn: m.slice},
		{name: "swap16", length: 0, fn: m.swapMethod(2)},
		{name: "swap32", length: 0, fn: m.swapMethod(4)},
		{name: "swap64", length: 0, fn: m.swapMethod(8)},
		{name: "inspect", length: 2, fn: m.inspect},
	}
	methods = append(methods, m.encodingMethods()...)
	methods = append(methods, m.numberMethods()...)
	fns := make(map[string]*goja.Object, len(protoOrder))
	for _, pm := range methods {
		f := m.function(pm.name, pm.length, pm.fn)
		props := pm.props
		if len(props) == 0 {
			props = []string{pm.name}
		}
		for _, name := range props {
			fns[name] = f
		}
	}
	// Recreate goja_nodejs's properties too, so that enumeration (for-in
	// over a Buffer lists them) follows Node's order.
	for _, name := range m.proto.Keys() {
		_ = m.proto.Delete(name)
	}
	for _, name := range protoOrder {
		switch name {
		case "parent":
			m.defineLegacyAccessor(name, "buffer")
		case "offset":
			m.defineLegacyAccessor(name, "byteOffset")
		default:
			_ = m.proto.Set(name, fns[name])
		}
	}
	_ = m.proto.DefineDataPropertySymbol(m.symbolFor("nodejs.util.inspect.custom"), fns["inspect"],
		goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

// protoOrder lists Buffer.prototype's enumerable properties in the order
// Node 20 creates them.
var protoOrder = []string{
	"readBigUInt64LE", "readBigUInt64BE", "readBigUint64LE", "readBigUint64BE", "readBigInt64LE", "readBigInt64BE",
	"writeBigUInt64LE", "writeBigUInt64BE", "writeBigUint64LE", "writeBigUint64BE", "writeBigInt64LE", "writeBigInt64BE",
	"readUIntLE", "readUInt32LE", "readUInt16LE", "readUInt8", "readUIntBE", "readUInt32BE", "readUInt16BE",
	"readUintLE", "readUint32LE", "readUint16LE", "readUint8", "readUintBE", "readUint32BE", "readUint16BE",
	"readIntLE", "readInt32LE", "readInt16LE", "readInt8", "readIntBE", "readInt32BE", "readInt16BE",
	"writeUIntLE", "writeUInt32LE", "writeUInt16LE", "writeUInt8", "writeUIntBE", "writeUInt32BE", "writeUInt16BE",
	"writeUintLE", "writeUint32LE", "writeUint16LE", "writeUint8", "writeUintBE", "writeUint32BE", "writeUint16BE",
	"writeIntLE", "writeInt32LE", "writeInt16LE", "writeInt8", "writeIntBE", "writeInt32BE", "writeInt16BE",
	"readFloatLE", "readFloatBE", "readDoubleLE", "readDoubleBE",
	"writeFloatLE", "writeFloatBE", "writeDoubleLE", "writeDoubleBE",
	"asciiSlice", "base64Slice", "base64urlSlice", "latin1Slice", "hexSlice", "ucs2Slice", "utf8Slice",
	"asciiWrite", "base64Write", "base64urlWrite", "latin1Write", "hexWrite", "ucs2Write", "utf8Write",
	"parent", "offset", "copy", "toString", "equals", "inspect", "compare", "indexOf", "lastIndexOf",
	"includes", "fill", "write", "toJSON", "subarray", "slice", "swap16", "swap32", "swap64", "toLocaleString",
}

// symbolFor returns Symbol.for(key).
func (m *module) symbolFor(key string) *goja.Symbol {
	symbolFor, _ := goja.AssertFunction(m.vm.Get("Symbol").(*goja.Object).Get("for"))
	sym, err := symbolFor(goja.Undefined(), m.vm.ToValue(key))
	if err != nil {
		panic(err)
	}
	return sym.(*goja.Symbol)
}

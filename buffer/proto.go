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
		{name: "slice", length: 2, fn: m.subarrayMethod},
		{name: "swap16", length: 0, fn: m.swapMethod(2)},
		{name: "swap32", length: 0, fn: m.swapMethod(4)},
		{name: "swap64", length: 0, fn: m.swapMethod(8)},
		{name: "inspect", length: 2, fn: m.inspect},
	}
	methods = append(methods, m.encodingMethods()...)
	methods = append(methods, m.numberMethods()...)
	for _, pm := range methods {
		f := m.function(pm.name, pm.length, pm.fn)
		props := pm.props
		if len(props) == 0 {
			props = []string{pm.name}
		}
		for _, name := range props {
			_ = m.proto.Set(name, f)
		}
		if pm.name == "inspect" {
			_ = m.proto.DefineDataPropertySymbol(m.symbolFor("nodejs.util.inspect.custom"), f,
				goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
		}
	}
	m.installAccessors()
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

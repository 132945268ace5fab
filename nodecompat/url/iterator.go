package url

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/nodecompat/url/whatwg"
)

// paramsIterator walks a URLSearchParams list live, as Node's iterator
// does: pairs appended while iterating are visited.
type paramsIterator struct {
	p     *paramsObject
	kind  string // "entries", "keys" or "values"
	index int
}

// makeIteratorProto builds the "URLSearchParams Iterator" prototype.
func (c *classes) makeIteratorProto() *goja.Object {
	vm := c.vm
	// %IteratorPrototype% gives the iterator its own Symbol.iterator.
	iteratorProto, err := vm.RunString("Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()))")
	if err != nil {
		panic(err)
	}
	proto := vm.CreateObject(iteratorProto.ToObject(vm))
	method(vm, proto, "next", func(call goja.FunctionCall) goja.Value {
		it := c.iteratorOf(call.This)
		result := vm.NewObject()
		if it.index >= len(it.p.list) {
			must(result.Set("value", goja.Undefined()))
			must(result.Set("done", true))
			return result
		}
		q := it.p.list[it.index]
		it.index++
		must(result.Set("value", it.item(vm, q)))
		must(result.Set("done", false))
		return result
	})
	must(proto.DefineDataPropertySymbol(goja.SymToStringTag, vm.ToValue("URLSearchParams Iterator"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	must(proto.DefineDataPropertySymbol(c.inspectKey, vm.ToValue(c.inspectIterator), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	return proto
}

// item is what the iterator yields for q: its name, its value, or both.
func (it *paramsIterator) item(vm *goja.Runtime, q whatwg.Pair) goja.Value {
	switch it.kind {
	case "keys":
		return vm.ToValue(q.Name)
	case "values":
		return vm.ToValue(q.Value)
	}
	return vm.NewArray(q.Name, q.Value)
}

func (c *classes) newIterator(p *paramsObject, kind string) *goja.Object {
	it := c.vm.CreateObject(c.iterProto)
	must(it.DefineDataPropertySymbol(c.state, c.vm.ToValue(&paramsIterator{p: p, kind: kind}), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE))
	return it
}

func (c *classes) iteratorOf(this goja.Value) *paramsIterator {
	if obj, ok := this.(*goja.Object); ok {
		if v := obj.GetSymbol(c.state); v != nil {
			if it, ok := v.Export().(*paramsIterator); ok {
				return it
			}
		}
	}
	panic(c.vm.NewTypeError("Value of \"this\" must be of type URLSearchParamsIterator"))
}

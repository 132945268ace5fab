package url

import (
	"slices"
	"unicode/utf16"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
	"github.com/nodeshim/nodeshim/nodecompat/internal/jsarg"
	"github.com/nodeshim/nodeshim/nodecompat/url/whatwg"
)

// paramsObject is the Go state behind one URLSearchParams: its list and
// the URL it updates, if any.
type paramsObject struct {
	list []whatwg.Pair
	url  *urlObject
}

// update writes the list back into the linked URL's query.
func (p *paramsObject) update() {
	if p.url != nil {
		p.url.u.SetQuery(whatwg.SerializeForm(p.list))
	}
}

// matching selects the pairs named name and, when value is non-nil,
// holding that value.
func matching(name string, value *string) func(whatwg.Pair) bool {
	return func(q whatwg.Pair) bool {
		return q.Name == name && (value == nil || q.Value == *value)
	}
}

func (c *classes) makeParamsClass() *goja.Object {
	vm := c.vm
	ctor := vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
		p := &paramsObject{list: c.initParams(call.Argument(0))}
		must(call.This.DefineDataPropertySymbol(c.state, vm.ToValue(p), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE))
		return nil
	}).(*goja.Object)
	setNameLength(vm, ctor, "URLSearchParams", 0)
	proto := ctor.Get("prototype").(*goja.Object)
	c.paramsProto = proto
	size := vm.ToValue(func(call goja.FunctionCall) goja.Value { return vm.ToValue(len(c.paramsOf(call.This).list)) })
	must(proto.DefineAccessorProperty("size", size, nil, goja.FLAG_TRUE, goja.FLAG_TRUE))

	method(vm, proto, "append", func(call goja.FunctionCall) goja.Value {
		p := c.paramsOf(call.This)
		name, value := c.nameValue(call)
		p.list = append(p.list, whatwg.Pair{Name: name, Value: value})
		p.update()
		return goja.Undefined()
	})
	method(vm, proto, "delete", func(call goja.FunctionCall) goja.Value {
		p := c.paramsOf(call.This)
		p.list = slices.DeleteFunc(p.list, matching(c.name(call), optionalValue(call)))
		p.update()
		return goja.Undefined()
	})
	method(vm, proto, "get", func(call goja.FunctionCall) goja.Value {
		p, name := c.paramsOf(call.This), c.name(call)
		for _, q := range p.list {
			if q.Name == name {
				return vm.ToValue(q.Value)
			}
		}
		return goja.Null()
	})
	method(vm, proto, "getAll", func(call goja.FunctionCall) goja.Value {
		p, name := c.paramsOf(call.This), c.name(call)
		var values []any
		for _, q := range p.list {
			if q.Name == name {
				values = append(values, q.Value)
			}
		}
		return vm.NewArray(values...)
	})
	method(vm, proto, "has", func(call goja.FunctionCall) goja.Value {
		p := c.paramsOf(call.This)
		return vm.ToValue(slices.ContainsFunc(p.list, matching(c.name(call), optionalValue(call))))
	})
	method(vm, proto, "set", func(call goja.FunctionCall) goja.Value {
		p := c.paramsOf(call.This)
		name, value := c.nameValue(call)
		if i := slices.IndexFunc(p.list, func(q whatwg.Pair) bool { return q.Name == name }); i >= 0 {
			p.list[i].Value = value
			p.list = append(p.list[:i+1], slices.DeleteFunc(p.list[i+1:], matching(name, nil))...)
		} else {
			p.list = append(p.list, whatwg.Pair{Name: name, Value: value})
		}
		p.update()
		return goja.Undefined()
	})
	method(vm, proto, "sort", func(call goja.FunctionCall) goja.Value {
		p := c.paramsOf(call.This)
		// Names compare by UTF-16 code units, as JavaScript strings do.
		slices.SortStableFunc(p.list, func(a, b whatwg.Pair) int {
			return slices.Compare(utf16.Encode([]rune(a.Name)), utf16.Encode([]rune(b.Name)))
		})
		p.update()
		return goja.Undefined()
	})
	c.iterProto = c.makeIteratorProto()
	iterate := func(kind string) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			return c.newIterator(c.paramsOf(call.This), kind)
		}
	}
	method(vm, proto, "entries", iterate("entries"))
	method(vm, proto, "forEach", func(call goja.FunctionCall) goja.Value {
		p := c.paramsOf(call.This)
		fn := jsarg.Function(vm, call.Argument(0), "callback")
		for i := 0; i < len(p.list); i++ {
			q := p.list[i]
			if _, err := fn(call.Argument(1), vm.ToValue(q.Value), vm.ToValue(q.Name), call.This); err != nil {
				panic(err)
			}
		}
		return goja.Undefined()
	})
	method(vm, proto, "keys", iterate("keys"))
	method(vm, proto, "values", iterate("values"))
	method(vm, proto, "toString", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(whatwg.SerializeForm(c.paramsOf(call.This).list))
	})
	must(proto.DefineDataPropertySymbol(goja.SymIterator, proto.Get("entries"), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	must(proto.DefineDataPropertySymbol(goja.SymToStringTag, vm.ToValue("URLSearchParams"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	must(proto.DefineDataPropertySymbol(c.inspectKey, vm.ToValue(c.inspectParams), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	return ctor
}

// paramsOf returns the Go state of a URLSearchParams receiver.
func (c *classes) paramsOf(this goja.Value) *paramsObject {
	if obj, ok := this.(*goja.Object); ok {
		if v := obj.GetSymbol(c.state); v != nil {
			if p, ok := v.Export().(*paramsObject); ok {
				return p
			}
		}
	}
	panic(nodeerr.TypeError(c.vm, "ERR_INVALID_THIS", `Value of "this" must be of type URLSearchParams`))
}

// name returns the name argument, which must be present.
func (c *classes) name(call goja.FunctionCall) string {
	if len(call.Arguments) == 0 {
		panic(nodeerr.TypeError(c.vm, "ERR_MISSING_ARGS", `The "name" argument must be specified`))
	}
	return call.Arguments[0].String()
}

// nameValue returns the name and value arguments, which must be present.
func (c *classes) nameValue(call goja.FunctionCall) (string, string) {
	if len(call.Arguments) < 2 {
		panic(nodeerr.TypeError(c.vm, "ERR_MISSING_ARGS", `The "name" and "value" arguments must be specified`))
	}
	return call.Arguments[0].String(), call.Arguments[1].String()
}

// optionalValue returns the value argument of delete and has, or nil.
func optionalValue(call goja.FunctionCall) *string {
	if v := call.Argument(1); !goja.IsUndefined(v) {
		s := v.String()
		return &s
	}
	return nil
}

// initParams builds the initial list from the constructor's argument: a
// sequence of pairs, a record, or a query string.
func (c *classes) initParams(init goja.Value) []whatwg.Pair {
	vm := c.vm
	if init == nil || goja.IsUndefined(init) || goja.IsNull(init) {
		return nil
	}
	obj, ok := init.(*goja.Object)
	if !ok {
		s := init.String()
		if len(s) > 0 && s[0] == '?' {
			s = s[1:]
		}
		return whatwg.ParseForm(s)
	}
	if state := obj.GetSymbol(c.state); state != nil {
		if other, ok := state.Export().(*paramsObject); ok {
			return slices.Clone(other.list)
		}
	}
	iter := obj.GetSymbol(goja.SymIterator)
	if iter == nil || goja.IsUndefined(iter) || goja.IsNull(iter) {
		var list []whatwg.Pair
		for _, key := range obj.Keys() {
			list = append(list, whatwg.Pair{Name: key, Value: obj.Get(key).String()})
		}
		return list
	}
	if _, ok := goja.AssertFunction(iter); !ok {
		panic(nodeerr.TypeError(vm, "ERR_ARG_NOT_ITERABLE", "Query pairs must be iterable"))
	}
	var list []whatwg.Pair
	vm.ForOf(obj, func(pair goja.Value) bool {
		var items []goja.Value
		if p, ok := pair.(*goja.Object); ok && p.GetSymbol(goja.SymIterator) != nil {
			vm.ForOf(p, func(item goja.Value) bool {
				items = append(items, item)
				return true
			})
		}
		if len(items) != 2 {
			panic(nodeerr.TypeError(vm, "ERR_INVALID_TUPLE", "Each query pair must be an iterable [name, value] tuple"))
		}
		list = append(list, whatwg.Pair{Name: items[0].String(), Value: items[1].String()})
		return true
	})
	return list
}

package url

import (
	"strings"

	"github.com/dop251/goja"
)

// The util.inspect.custom methods below print URL objects as Node does;
// util.inspect passes (depth, options, inspect) to them.

// tooDeep reports whether inspect has gone past its depth limit, which it
// tells by a negative depth argument.
func tooDeep(call goja.FunctionCall) bool {
	d := call.Argument(0)
	return goja.IsNumber(d) && d.ToFloat() < 0
}

// inspectURL shows a URL as "URL { href: ..., ... }"; past the depth limit
// it hands the URL back, which shows as "URL {}".
func (c *classes) inspectURL(call goja.FunctionCall) goja.Value {
	vm := c.vm
	c.urlOf(call.This) // only URLs
	if tooDeep(call) {
		return call.This
	}
	shape := vm.NewObject()
	must(shape.Set("constructor", c.url))
	obj := vm.CreateObject(shape)
	for _, name := range []string{"href", "origin", "protocol", "username", "password", "host", "hostname", "port", "pathname", "search", "searchParams", "hash"} {
		must(obj.Set(name, call.This.ToObject(vm).Get(name)))
	}
	inspect, ok := goja.AssertFunction(call.Argument(2))
	if !ok {
		return obj
	}
	s, err := inspect(goja.Undefined(), obj, call.Argument(1))
	if err != nil {
		panic(err)
	}
	return vm.ToValue("URL " + s.String())
}

// inspectParams shows a URLSearchParams as "URLSearchParams { 'a' => '1' }".
func (c *classes) inspectParams(call goja.FunctionCall) goja.Value {
	p := c.paramsOf(call.This)
	if tooDeep(call) {
		return c.vm.ToValue("[Object]")
	}
	if len(p.list) == 0 {
		return c.vm.ToValue("URLSearchParams {}")
	}
	show := c.shower(call)
	parts := make([]string, len(p.list))
	for i, q := range p.list {
		parts[i] = show(c.vm.ToValue(q.Name)) + " => " + show(c.vm.ToValue(q.Value))
	}
	return c.vm.ToValue("URLSearchParams { " + strings.Join(parts, ", ") + " }")
}

// inspectIterator shows the pairs a URLSearchParams iterator has left, as
// "URLSearchParams Iterator { 'a', 'b' }".
func (c *classes) inspectIterator(call goja.FunctionCall) goja.Value {
	it := c.iteratorOf(call.This)
	if tooDeep(call) {
		return c.vm.ToValue("[Object]")
	}
	show := c.shower(call)
	var parts []string
	for _, q := range it.p.list[min(it.index, len(it.p.list)):] {
		parts = append(parts, show(it.item(c.vm, q)))
	}
	return c.vm.ToValue("URLSearchParams Iterator { " + strings.Join(parts, ", ") + " }")
}

// shower returns a function formatting a value with the inspect function
// and options util.inspect passed to a custom inspect method; without
// them, values show as their strings.
func (c *classes) shower(call goja.FunctionCall) func(goja.Value) string {
	inspect, ok := goja.AssertFunction(call.Argument(2))
	return func(v goja.Value) string {
		if !ok {
			return v.String()
		}
		s, err := inspect(goja.Undefined(), v, call.Argument(1))
		if err != nil {
			panic(err)
		}
		return s.String()
	}
}

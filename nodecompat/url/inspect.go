package url

import (
	"strings"

	"github.com/dop251/goja"
)

// The util.inspect.custom methods below print URL objects as Node does;
// util.inspect passes (depth, options, inspect) to them.

// inspectURL shows a URL as "URL { href: ..., ... }".
func (c *classes) inspectURL(call goja.FunctionCall) goja.Value {
	vm := c.vm
	c.urlOf(call.This) // only URLs
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
	vm := c.vm
	p := c.paramsOf(call.This)
	inspect, ok := goja.AssertFunction(call.Argument(2))
	if !ok || len(p.list) == 0 {
		return vm.ToValue("URLSearchParams {}")
	}
	show := func(s string) string {
		v, err := inspect(goja.Undefined(), vm.ToValue(s), call.Argument(1))
		if err != nil {
			panic(err)
		}
		return v.String()
	}
	parts := make([]string, len(p.list))
	for i, q := range p.list {
		parts[i] = show(q.Name) + " => " + show(q.Value)
	}
	return vm.ToValue("URLSearchParams { " + strings.Join(parts, ", ") + " }")
}

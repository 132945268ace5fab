package webapi

import (
	"github.com/dop251/goja"
)

// inspectAs implements a util.inspect.custom method the way Node's web
// classes do: the constructor's name followed by fields inspected one level
// deeper, or just the name once the depth is exhausted. call's arguments are
// (depth, options, inspect).
func (r *realm) inspectAs(call goja.FunctionCall, fields *goja.Object) goja.Value {
	name := "Object"
	if this, ok := call.This.(*goja.Object); ok {
		if ctor, ok := this.Get("constructor").(*goja.Object); ok {
			name = ctor.Get("name").String()
		}
	}
	depth := call.Argument(0)
	if isNumber(depth) && depth.ToFloat() < 0 {
		return r.vm.ToValue(name)
	}
	inspect, ok := goja.AssertFunction(call.Argument(2))
	if !ok {
		return fields
	}
	opts := r.vm.NewObject()
	if given, ok := call.Argument(1).(*goja.Object); ok {
		for _, k := range given.Keys() {
			must(opts.Set(k, given.Get(k)))
		}
		if d := given.Get("depth"); d != nil && isNumber(d) {
			must(opts.Set("depth", d.ToFloat()-1))
		}
	}
	return r.vm.ToValue(name + " " + call1(inspect, fields, opts).String())
}

// call1 calls fn with this undefined.
func call1(fn goja.Callable, args ...goja.Value) goja.Value {
	return call(fn, goja.Undefined(), args...)
}

// isNumber reports whether v is a JavaScript number (not a Number object).
func isNumber(v goja.Value) bool {
	return v != nil && goja.IsNumber(v)
}

// isObject reports whether v is an object (functions included).
func isObject(v goja.Value) bool {
	_, ok := v.(*goja.Object)
	return ok
}

// isNullish reports whether v is absent, undefined or null.
func isNullish(v goja.Value) bool {
	return v == nil || goja.IsUndefined(v) || goja.IsNull(v)
}

// truthy is ToBoolean for a possibly absent value.
func truthy(v goja.Value) bool {
	return v != nil && v.ToBoolean()
}

// nilSafe turns an absent property into undefined.
func nilSafe(v goja.Value) goja.Value {
	if v == nil {
		return goja.Undefined()
	}
	return v
}

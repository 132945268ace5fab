package dgram

import (
	"math"

	"github.com/dop251/goja"
)

// arg returns args[i], or undefined.
func arg(args []goja.Value, i int) goja.Value {
	if i < len(args) && args[i] != nil {
		return args[i]
	}
	return goja.Undefined()
}

// get returns o[name], undefined when absent.
func get(o *goja.Object, name string) goja.Value {
	if v := o.Get(name); v != nil {
		return v
	}
	return goja.Undefined()
}

// has reports whether name is in o (JavaScript's `in`).
func has(o *goja.Object, name string) bool {
	return o.Get(name) != nil
}

// isString reports whether v is a string primitive.
func isString(v goja.Value) bool {
	if _, isObj := v.(*goja.Object); isObj {
		return false
	}
	_, ok := v.Export().(string)
	return ok
}

// isNumber reports whether v is a number primitive.
func isNumber(v goja.Value) bool {
	if _, isObj := v.(*goja.Object); isObj {
		return false
	}
	switch v.Export().(type) {
	case int64, float64:
		return true
	}
	return false
}

// isNullish reports whether v is undefined or null.
func isNullish(v goja.Value) bool {
	return v == nil || goja.IsUndefined(v) || goja.IsNull(v)
}

// callMethod calls o[method](...args), throwing what it throws.
func callMethod(vm *goja.Runtime, o *goja.Object, method string, args ...goja.Value) goja.Value {
	fn, ok := goja.AssertFunction(o.Get(method))
	if !ok {
		panic(vm.NewTypeError(method + " is not a function"))
	}
	res, err := fn(o, args...)
	if err != nil {
		panic(err)
	}
	return res
}

// isFunction reports whether v is callable.
func isFunction(v goja.Value) bool {
	_, ok := goja.AssertFunction(v)
	return ok
}

// toUint32 is JavaScript's ToUint32 of a number (x >>> 0).
func toUint32(f float64) uint32 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return uint32(int64(math.Mod(math.Trunc(f), 1<<32)))
}

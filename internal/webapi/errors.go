package webapi

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// invalidThis is Node's ERR_INVALID_THIS for a method called on the wrong
// kind of object.
func invalidThis(vm *goja.Runtime, typeName string) *goja.Object {
	return nodeerr.TypeError(vm, "ERR_INVALID_THIS", `Value of "this" must be of type `+typeName)
}

// missingArgs is Node's ERR_MISSING_ARGS for one or two named arguments.
func missingArgs(vm *goja.Runtime, names ...string) *goja.Object {
	msg := `The "` + names[0] + `" argument must be specified`
	if len(names) == 2 {
		msg = `The "` + names[0] + `" and "` + names[1] + `" arguments must be specified`
	}
	return nodeerr.TypeError(vm, "ERR_MISSING_ARGS", msg)
}

// argOrUndefined returns args[i], or undefined when there is none.
func argOrUndefined(args []goja.Value, i int) goja.Value {
	if i < len(args) {
		return args[i]
	}
	return goja.Undefined()
}

// objectOption checks an options argument that must be an object, null or
// undefined, and returns it as an object (nil when absent).
func objectOption(vm *goja.Runtime, v goja.Value, name string) *goja.Object {
	if isNullish(v) {
		return nil
	}
	o, ok := v.(*goja.Object)
	if !ok {
		panic(nodeerr.InvalidArgType(vm, name, "of type object", v))
	}
	return o
}

// toDOMString converts v to a string as WebIDL's DOMString does (String(v)):
// a Symbol throws a TypeError.
func toDOMString(vm *goja.Runtime, v goja.Value) goja.Value {
	if _, ok := v.(*goja.Symbol); ok {
		panic(vm.NewTypeError("Cannot convert a Symbol value to a string"))
	}
	s := v.ToString() // goja leaves null, undefined and booleans as they are
	if goja.IsString(s) {
		return s
	}
	return vm.ToValue(s.String())
}

package dns

import (
	"strings"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// isString reports whether v is a string primitive.
func isString(v goja.Value) bool {
	_, ok := v.Export().(string)
	return ok && !isObject(v)
}

// isObject reports whether v is an object (functions included).
func isObject(v goja.Value) bool {
	_, ok := v.(*goja.Object)
	return ok
}

// isNumber reports whether v is a number primitive.
func isNumber(v goja.Value) bool {
	switch v.Export().(type) {
	case int64, float64:
		return !isObject(v)
	}
	return false
}

// isNullish reports whether v is undefined or null (or absent).
func isNullish(v goja.Value) bool {
	return v == nil || goja.IsUndefined(v) || goja.IsNull(v)
}

// validateString throws ERR_INVALID_ARG_TYPE unless v is a string.
func validateString(vm *goja.Runtime, v goja.Value, name string) string {
	if !isString(v) {
		panic(nodeerr.InvalidArgType(vm, name, "of type string", v))
	}
	return v.String()
}

// validateBoolean throws ERR_INVALID_ARG_TYPE unless v is a boolean.
func validateBoolean(vm *goja.Runtime, v goja.Value, name string) bool {
	b, ok := v.Export().(bool)
	if !ok || isObject(v) {
		panic(nodeerr.InvalidArgType(vm, name, "of type boolean", v))
	}
	return b
}

// validateNumber throws ERR_INVALID_ARG_TYPE unless v is a number.
func validateNumber(vm *goja.Runtime, v goja.Value, name string) float64 {
	if !isNumber(v) {
		panic(nodeerr.InvalidArgType(vm, name, "of type number", v))
	}
	return v.ToFloat()
}

// validateOneOf throws ERR_INVALID_ARG_VALUE unless v strictly equals one of
// allowed.
func validateOneOf(vm *goja.Runtime, v goja.Value, name string, allowed ...any) {
	shown := make([]string, len(allowed))
	for i, a := range allowed {
		av := vm.ToValue(a)
		if v != nil && v.StrictEquals(av) {
			return
		}
		if s, ok := a.(string); ok {
			shown[i] = "'" + s + "'"
		} else {
			shown[i] = av.String()
		}
	}
	panic(nodeerr.InvalidArgValue(vm, name, v, "must be one of: "+strings.Join(shown, ", ")))
}

// missingArgs is Node's ERR_MISSING_ARGS for the named arguments.
func missingArgs(vm *goja.Runtime, names ...string) *goja.Object {
	quoted := make([]string, len(names))
	for i, n := range names {
		quoted[i] = `"` + n + `"`
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0] + " argument"
	case 2:
		list = quoted[0] + " and " + quoted[1] + " arguments"
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1] + " arguments"
	}
	return nodeerr.TypeError(vm, "ERR_MISSING_ARGS", "The "+list+" must be specified")
}

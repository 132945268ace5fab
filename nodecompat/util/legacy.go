package util

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/nodecompat/internal/jskind"
)

// addLegacyPredicates sets util.isArray and the other deprecated is*
// functions on exports.
func (s *state) addLegacyPredicates(exports *goja.Object) {
	vm := s.vm
	isObj := func(v goja.Value) (*goja.Object, bool) {
		o, ok := v.(*goja.Object)
		return o, ok
	}
	preds := map[string]func(goja.Value) bool{
		"isArray": func(v goja.Value) bool {
			o, ok := isObj(v)
			return ok && s.kindOf(o) == jskind.Array
		},
		"isBoolean": func(v goja.Value) bool {
			_, ok := v.Export().(bool)
			return ok && !isObject(v)
		},
		"isBuffer": s.isBuffer,
		"isDate": func(v goja.Value) bool {
			o, ok := isObj(v)
			return ok && s.kindOf(o) == jskind.Date
		},
		"isError": func(v goja.Value) bool {
			o, ok := isObj(v)
			return ok && s.kindOf(o) == jskind.Error
		},
		"isFunction": func(v goja.Value) bool {
			_, ok := goja.AssertFunction(v)
			return ok
		},
		"isNull":            goja.IsNull,
		"isNullOrUndefined": func(v goja.Value) bool { return !defined(v) || goja.IsNull(v) },
		"isNumber":          goja.IsNumber,
		"isObject": func(v goja.Value) bool {
			_, isFunc := goja.AssertFunction(v)
			return isObject(v) && !isFunc
		},
		"isPrimitive": func(v goja.Value) bool { return !isObject(v) },
		"isRegExp": func(v goja.Value) bool {
			o, ok := isObj(v)
			return ok && s.kindOf(o) == jskind.RegExp
		},
		"isString":    goja.IsString,
		"isSymbol":    isSymbol,
		"isUndefined": func(v goja.Value) bool { return !defined(v) },
	}
	for name, pred := range preds {
		pred := pred
		_ = exports.Set(name, newFunction(vm, name, 1, func(call goja.FunctionCall) goja.Value {
			return vm.ToValue(pred(call.Argument(0)))
		}))
	}
}

// isBuffer asks the global Buffer.isBuffer, false when there is none.
func (s *state) isBuffer(v goja.Value) bool {
	b, ok := s.vm.Get("Buffer").(*goja.Object)
	if !ok {
		return false
	}
	fn, ok := goja.AssertFunction(b.Get("isBuffer"))
	if !ok {
		return false
	}
	r, err := fn(b, v)
	if err != nil {
		panic(err)
	}
	return r.ToBoolean()
}

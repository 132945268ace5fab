package util

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/nodecompat/internal/jskind"
)

// typedArrayNames are the typed array constructors util.types has a
// predicate for (isUint8Array, ...).
var typedArrayNames = []string{
	"Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
	"Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array",
}

// typePredicates builds util.types' predicates over objects; every one is
// false for primitives.
func (s *state) typePredicates() map[string]func(*goja.Object) bool {
	is := func(kinds ...jskind.Kind) func(*goja.Object) bool {
		return func(o *goja.Object) bool {
			k := s.kindOf(o)
			for _, want := range kinds {
				if k == want {
					return true
				}
			}
			return false
		}
	}
	never := func(*goja.Object) bool { return false }
	preds := map[string]func(*goja.Object) bool{
		"isAnyArrayBuffer":        is(jskind.ArrayBuffer),
		"isArrayBuffer":           is(jskind.ArrayBuffer),
		"isArgumentsObject":       is(jskind.Arguments),
		"isArrayBufferView":       is(jskind.TypedArray, jskind.DataView),
		"isAsyncFunction":         func(o *goja.Object) bool { return s.kindOf(o) == jskind.Function && s.isAsyncFunction(o) },
		"isBigIntObject":          is(jskind.BigInt),
		"isBooleanObject":         is(jskind.Boolean),
		"isBoxedPrimitive":        func(o *goja.Object) bool { return s.kindOf(o).IsBoxed() },
		"isDataView":              is(jskind.DataView),
		"isDate":                  is(jskind.Date),
		"isGeneratorFunction":     func(o *goja.Object) bool { return s.kindOf(o) == jskind.Function && s.isGeneratorFunction(o) },
		"isGeneratorObject":       func(o *goja.Object) bool { return hasProto(o, s.in.generatorPrototype) },
		"isMap":                   is(jskind.Map),
		"isMapIterator":           func(o *goja.Object) bool { return hasProto(o, s.in.mapIteratorPrototype) },
		"isNativeError":           func(o *goja.Object) bool { return o.ClassName() == "Error" },
		"isNumberObject":          is(jskind.Number),
		"isPromise":               is(jskind.Promise),
		"isProxy":                 func(o *goja.Object) bool { return jskind.IsProxy(o) },
		"isRegExp":                is(jskind.RegExp),
		"isSet":                   is(jskind.Set),
		"isSetIterator":           func(o *goja.Object) bool { return hasProto(o, s.in.setIteratorPrototype) },
		"isStringObject":          is(jskind.String),
		"isSymbolObject":          is(jskind.Symbol),
		"isTypedArray":            is(jskind.TypedArray),
		"isWeakMap":               is(jskind.WeakMap),
		"isWeakSet":               is(jskind.WeakSet),
		"isSharedArrayBuffer":     never,
		"isExternal":              never,
		"isModuleNamespaceObject": never,
		"isKeyObject":             never,
		"isCryptoKey":             never,
	}
	for _, name := range typedArrayNames {
		name := name
		preds["is"+name] = func(o *goja.Object) bool {
			return s.kindOf(o) == jskind.TypedArray && s.typedArrayName(o) == name
		}
	}
	return preds
}

// typedArrayName is the %TypedArray%.prototype[Symbol.toStringTag] of o.
func (s *state) typedArrayName(o *goja.Object) string {
	v, err := s.in.typedArrayTag(o)
	if err != nil || !defined(v) {
		return ""
	}
	return v.String()
}

// typesObject builds util.types.
func (s *state) typesObject() *goja.Object {
	vm := s.vm
	types := vm.NewObject()
	for name, pred := range s.typePredicates() {
		pred := pred
		_ = types.Set(name, newFunction(vm, name, 1, func(call goja.FunctionCall) goja.Value {
			o, ok := call.Argument(0).(*goja.Object)
			return vm.ToValue(ok && pred(o))
		}))
	}
	return types
}

// IsMap reports whether v is a Map (util.types.isMap).
func IsMap(vm *goja.Runtime, v goja.Value) bool {
	o, ok := v.(*goja.Object)
	return ok && stateOf(vm).kindOf(o) == jskind.Map
}

// IsSet reports whether v is a Set (util.types.isSet).
func IsSet(vm *goja.Runtime, v goja.Value) bool {
	o, ok := v.(*goja.Object)
	return ok && stateOf(vm).kindOf(o) == jskind.Set
}

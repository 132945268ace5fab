package util

import (
	"github.com/dop251/goja"
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
	is := func(kinds ...kind) func(*goja.Object) bool {
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
		"isAnyArrayBuffer":        is(kindArrayBuffer),
		"isArrayBuffer":           is(kindArrayBuffer),
		"isArgumentsObject":       is(kindArguments),
		"isArrayBufferView":       is(kindTypedArray, kindDataView),
		"isAsyncFunction":         func(o *goja.Object) bool { return s.kindOf(o) == kindFunction && s.isAsyncFunction(o) },
		"isBigIntObject":          is(kindBigIntObject),
		"isBooleanObject":         is(kindBooleanObject),
		"isBoxedPrimitive":        func(o *goja.Object) bool { return s.kindOf(o).isBoxed() },
		"isDataView":              is(kindDataView),
		"isDate":                  is(kindDate),
		"isGeneratorFunction":     func(o *goja.Object) bool { return s.kindOf(o) == kindFunction && s.isGeneratorFunction(o) },
		"isGeneratorObject":       func(o *goja.Object) bool { return hasProto(o, s.in.generatorPrototype) },
		"isMap":                   is(kindMap),
		"isMapIterator":           func(o *goja.Object) bool { return hasProto(o, s.in.mapIteratorPrototype) },
		"isNativeError":           func(o *goja.Object) bool { return o.ClassName() == "Error" },
		"isNumberObject":          is(kindNumberObject),
		"isPromise":               is(kindPromise),
		"isProxy":                 func(o *goja.Object) bool { return o.ExportType() == typeProxy },
		"isRegExp":                is(kindRegExp),
		"isSet":                   is(kindSet),
		"isSetIterator":           func(o *goja.Object) bool { return hasProto(o, s.in.setIteratorPrototype) },
		"isStringObject":          is(kindStringObject),
		"isSymbolObject":          is(kindSymbolObject),
		"isTypedArray":            is(kindTypedArray),
		"isWeakMap":               is(kindWeakMap),
		"isWeakSet":               is(kindWeakSet),
		"isSharedArrayBuffer":     never,
		"isExternal":              never,
		"isModuleNamespaceObject": never,
		"isKeyObject":             never,
		"isCryptoKey":             never,
	}
	for _, name := range typedArrayNames {
		name := name
		preds["is"+name] = func(o *goja.Object) bool {
			return s.kindOf(o) == kindTypedArray && s.typedArrayName(o) == name
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
	return ok && stateOf(vm).kindOf(o) == kindMap
}

// IsSet reports whether v is a Set (util.types.isSet).
func IsSet(vm *goja.Runtime, v goja.Value) bool {
	o, ok := v.(*goja.Object)
	return ok && stateOf(vm).kindOf(o) == kindSet
}

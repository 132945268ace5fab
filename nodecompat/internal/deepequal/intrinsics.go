package deepequal

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/perruntime"
	"github.com/nodeshim/nodeshim/nodecompat/internal/jskind"
)

// intrinsics are the built-in functions the comparison calls, taken from
// the runtime when it starts.
type intrinsics struct {
	toString, isView, getOwnSymbols, hasOwnProperty, isEnumerable goja.Callable
	mapForEach, mapHas, mapGet, setForEach, setHas                goja.Callable
	regexpSource, regexpFlags, dateGetTime                        goja.Callable
	valueOfs                                                      map[jskind.Kind]goja.Callable
}

// registry caches each runtime's intrinsics between comparisons. Nothing
// in the runtime holds them, so they are captured again after a collection.
var registry perruntime.Registry[intrinsics]

// intrinsicsOf returns vm's intrinsics, capturing them on first use.
func intrinsicsOf(vm *goja.Runtime) *intrinsics {
	return registry.Get(vm, captureIntrinsics)
}

// captureIntrinsics looks the built-ins up in vm.
func captureIntrinsics(vm *goja.Runtime) *intrinsics {
	proto := func(ctor string) *goja.Object {
		return vm.Get(ctor).ToObject(vm).Get("prototype").ToObject(vm)
	}
	fn := func(o *goja.Object, name string) goja.Callable {
		f, ok := goja.AssertFunction(o.Get(name))
		if !ok {
			panic(vm.NewTypeError("deepequal: missing built-in " + name))
		}
		return f
	}
	describe := fn(vm.Get("Object").ToObject(vm), "getOwnPropertyDescriptor")
	getter := func(o *goja.Object, name string) goja.Callable {
		desc, err := describe(nil, o, vm.ToValue(name))
		if err != nil {
			panic(err)
		}
		return fn(desc.ToObject(vm), "get")
	}
	object, mp, set, re := proto("Object"), proto("Map"), proto("Set"), proto("RegExp")
	return &intrinsics{
		toString:       fn(object, "toString"),
		isView:         fn(vm.Get("ArrayBuffer").ToObject(vm), "isView"),
		getOwnSymbols:  fn(vm.Get("Object").ToObject(vm), "getOwnPropertySymbols"),
		hasOwnProperty: fn(object, "hasOwnProperty"),
		isEnumerable:   fn(object, "propertyIsEnumerable"),
		mapForEach:     fn(mp, "forEach"),
		mapHas:         fn(mp, "has"),
		mapGet:         fn(mp, "get"),
		setForEach:     fn(set, "forEach"),
		setHas:         fn(set, "has"),
		regexpSource:   getter(re, "source"),
		regexpFlags:    getter(re, "flags"),
		dateGetTime:    fn(proto("Date"), "getTime"),
		valueOfs: map[jskind.Kind]goja.Callable{
			jskind.Number:  fn(proto("Number"), "valueOf"),
			jskind.String:  fn(proto("String"), "valueOf"),
			jskind.Boolean: fn(proto("Boolean"), "valueOf"),
			jskind.BigInt:  fn(proto("BigInt"), "valueOf"),
			jskind.Symbol:  fn(proto("Symbol"), "valueOf"),
		},
	}
}

package webapi

import (
	"github.com/dop251/goja"
)

// intrinsics are the built-ins the package calls directly, so that a script
// replacing a global or a prototype method cannot change how a clone or a
// brand check behaves.
type intrinsics struct {
	taTag, taBuffer, taOffset, taLength goja.Callable // %TypedArray%.prototype getters
	dvBuffer, dvOffset, dvLength        goja.Callable // DataView.prototype getters
	isView                              goja.Callable // ArrayBuffer.isView
	getTime                             goja.Callable
	reSource, reFlags                   goja.Callable
	mapForEach, mapSet                  goja.Callable
	setForEach, setAdd                  goja.Callable
	fnToString                          goja.Callable
	arrayFrom                           goja.Callable
	valueOf                             map[string]goja.Callable // class name of a boxed primitive → its valueOf
	ctors                               map[string]*goja.Object  // constructors by name
	inspectCustom                       *goja.Symbol             // Symbol.for('nodejs.util.inspect.custom')
	isEventTarget                       *goja.Symbol             // Symbol.for('nodejs.event_target')
	listenersKey                        *goja.Symbol             // Symbol.for('nodeshim.eventTargetListeners')
}

// intrinsicsProgram gathers the built-ins; it is compiled once and run on
// each runtime.
var intrinsicsProgram = goja.MustCompile("nodeshim:webapi/intrinsics", `(function () {
	const get = (o, k) => Object.getOwnPropertyDescriptor(o, k).get;
	const TA = Object.getPrototypeOf(Uint8Array.prototype);
	const DV = DataView.prototype;
	const ctors = {};
	for (const C of [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array,
		Uint32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array, DataView, ArrayBuffer,
		Array, Map, Set, WeakMap, WeakSet, Date, RegExp, Error, EvalError, RangeError, ReferenceError, SyntaxError,
		TypeError, URIError]) {
		ctors[C.name] = C;
	}
	return {
		taTag: get(TA, Symbol.toStringTag), taBuffer: get(TA, 'buffer'),
		taOffset: get(TA, 'byteOffset'), taLength: get(TA, 'length'),
		dvBuffer: get(DV, 'buffer'), dvOffset: get(DV, 'byteOffset'), dvLength: get(DV, 'byteLength'),
		isView: ArrayBuffer.isView, getTime: Date.prototype.getTime,
		reSource: get(RegExp.prototype, 'source'), reFlags: get(RegExp.prototype, 'flags'),
		mapForEach: Map.prototype.forEach, mapSet: Map.prototype.set,
		setForEach: Set.prototype.forEach, setAdd: Set.prototype.add,
		fnToString: Function.prototype.toString, arrayFrom: Array.from,
		valueOf: { Number: Number.prototype.valueOf, String: String.prototype.valueOf,
			Boolean: Boolean.prototype.valueOf, BigInt: BigInt.prototype.valueOf },
		ctors,
		inspectCustom: Symbol.for('nodejs.util.inspect.custom'),
		isEventTarget: Symbol.for('nodejs.event_target'),
		listenersKey: Symbol.for('nodeshim.eventTargetListeners'),
	};
})()`, true)

// loadIntrinsics runs intrinsicsProgram on vm.
func loadIntrinsics(vm *goja.Runtime) intrinsics {
	v, err := vm.RunProgram(intrinsicsProgram)
	must(err)
	o := v.(*goja.Object)
	fn := func(from *goja.Object, name string) goja.Callable {
		f, ok := goja.AssertFunction(from.Get(name))
		if !ok {
			panic("webapi: missing intrinsic " + name)
		}
		return f
	}
	in := intrinsics{
		taTag: fn(o, "taTag"), taBuffer: fn(o, "taBuffer"), taOffset: fn(o, "taOffset"), taLength: fn(o, "taLength"),
		dvBuffer: fn(o, "dvBuffer"), dvOffset: fn(o, "dvOffset"), dvLength: fn(o, "dvLength"),
		isView: fn(o, "isView"), getTime: fn(o, "getTime"),
		reSource: fn(o, "reSource"), reFlags: fn(o, "reFlags"),
		mapForEach: fn(o, "mapForEach"), mapSet: fn(o, "mapSet"),
		setForEach: fn(o, "setForEach"), setAdd: fn(o, "setAdd"),
		fnToString:    fn(o, "fnToString"),
		arrayFrom:     fn(o, "arrayFrom"),
		valueOf:       map[string]goja.Callable{},
		ctors:         map[string]*goja.Object{},
		inspectCustom: o.Get("inspectCustom").(*goja.Symbol),
		isEventTarget: o.Get("isEventTarget").(*goja.Symbol),
		listenersKey:  o.Get("listenersKey").(*goja.Symbol),
	}
	vo := o.Get("valueOf").(*goja.Object)
	for _, k := range vo.Keys() {
		in.valueOf[k] = fn(vo, k)
	}
	co := o.Get("ctors").(*goja.Object)
	for _, k := range co.Keys() {
		in.ctors[k] = co.Get(k).(*goja.Object)
	}
	return in
}

// call calls an intrinsic, letting a JavaScript exception propagate as a
// panic, as goja natives do.
func call(fn goja.Callable, this goja.Value, args ...goja.Value) goja.Value {
	v, err := fn(this, args...)
	must(err)
	return v
}

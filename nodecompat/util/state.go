package util

import (
	"github.com/dop251/goja"
)

// stateKey hides the per-runtime state on the global object. A goja Runtime
// has no slot for embedder data, and a package-level map keyed by runtime
// would keep every runtime alive.
var stateKey = goja.NewSymbol("nodeshim.util.state")

// intrinsicsSource captures, before user code can replace them, the built-in
// functions inspect needs to look at objects the way V8's internals would.
const intrinsicsSource = `(function () {
	var O = Object, OP = Object.prototype, TA = Object.getPrototypeOf(Uint8Array.prototype);
	var getter = function (proto, name) { return O.getOwnPropertyDescriptor(proto, name).get; };
	return {
		getOwnPropertyDescriptor: O.getOwnPropertyDescriptor,
		getOwnPropertyDescriptors: O.getOwnPropertyDescriptors,
		getOwnPropertySymbols: O.getOwnPropertySymbols,
		defineProperties: O.defineProperties,
		parseInt: parseInt,
		parseFloat: parseFloat,
		propertyIsEnumerable: OP.propertyIsEnumerable,
		hasOwnProperty: OP.hasOwnProperty,
		functionToString: Function.prototype.toString,
		errorToString: Error.prototype.toString,
		typedArrayTag: getter(TA, Symbol.toStringTag),
		typedArrayLength: getter(TA, 'length'),
		arrayBufferByteLength: getter(ArrayBuffer.prototype, 'byteLength'),
		dataViewByteLength: getter(DataView.prototype, 'byteLength'),
		weakMapHas: WeakMap.prototype.has,
		weakSetHas: WeakSet.prototype.has,
		mapEntries: Map.prototype.entries,
		setValues: Set.prototype.values,
		mapSize: getter(Map.prototype, 'size'),
		setSize: getter(Set.prototype, 'size'),
		iteratorNext: Object.getPrototypeOf(new Map().entries()).next,
		setIteratorNext: Object.getPrototypeOf(new Set().values()).next,
		dateGetTime: Date.prototype.getTime,
		dateToISOString: Date.prototype.toISOString,
		dateToString: Date.prototype.toString,
		regExpToString: RegExp.prototype.toString,
		numberValueOf: Number.prototype.valueOf,
		stringValueOf: String.prototype.valueOf,
		booleanValueOf: Boolean.prototype.valueOf,
		bigIntValueOf: BigInt.prototype.valueOf,
		symbolValueOf: Symbol.prototype.valueOf,
		jsonStringify: JSON.stringify,
		asyncFunctionPrototype: Object.getPrototypeOf(async function () {}),
		generatorFunctionPrototype: Object.getPrototypeOf(function* () {}),
		generatorPrototype: Object.getPrototypeOf(function* () {}).prototype,
		errorConstructor: Error,
		customInspect: Symbol.for('nodejs.util.inspect.custom'),
		mapIteratorPrototype: Object.getPrototypeOf(new Map().entries()),
		setIteratorPrototype: Object.getPrototypeOf(new Set().values()),
	};
})()`

// intrinsics are the pristine built-ins captured when the state was made.
type intrinsics struct {
	getOwnPropertyDescriptor, propertyIsEnumerable, hasOwnProperty     goja.Callable
	getOwnPropertyDescriptors, getOwnPropertySymbols, defineProperties goja.Callable
	parseInt, parseFloat                                               goja.Callable
	functionToString, errorToString                                    goja.Callable
	typedArrayTag, typedArrayLength                                    goja.Callable
	arrayBufferByteLength, dataViewByteLength                          goja.Callable
	weakMapHas, weakSetHas                                             goja.Callable
	mapEntries, setValues, mapSize, setSize, iteratorNext              goja.Callable
	setIteratorNext                                                    goja.Callable
	dateGetTime, dateToISOString, dateToString, regExpToString         goja.Callable
	numberValueOf, stringValueOf, booleanValueOf, bigIntValueOf        goja.Callable
	symbolValueOf, jsonStringify                                       goja.Callable
	asyncFunctionPrototype, generatorFunctionPrototype                 *goja.Object
	generatorPrototype, errorConstructor                               *goja.Object
	mapIteratorPrototype, setIteratorPrototype                         *goja.Object
	customInspect                                                      *goja.Symbol
}

// state is everything util keeps per runtime: the intrinsics, the mutable
// util.inspect.defaultOptions object, the color tables, and the JS inspect
// function handed to custom inspectors.
type state struct {
	vm             *goja.Runtime
	in             intrinsics
	defaultOptions *goja.Object
	styles         *goja.Object
	colors         *goja.Object
	inspectFn      *goja.Object
	deprecator     goja.Callable
	codesWarned    map[string]bool
}

// stateOf returns vm's util state, creating it on first use.
func stateOf(vm *goja.Runtime) *state {
	global := vm.GlobalObject()
	if v := global.GetSymbol(stateKey); v != nil {
		if s, ok := v.Export().(*state); ok {
			return s
		}
	}
	s := newState(vm)
	_ = global.DefineDataPropertySymbol(stateKey, vm.ToValue(s), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	return s
}

// newState captures the intrinsics and builds the option and color tables.
func newState(vm *goja.Runtime) *state {
	v, err := vm.RunString(intrinsicsSource)
	if err != nil {
		panic(err)
	}
	o := v.(*goja.Object)
	fn := func(name string) goja.Callable {
		f, ok := goja.AssertFunction(o.Get(name))
		if !ok {
			panic("util: missing intrinsic " + name)
		}
		return f
	}
	obj := func(name string) *goja.Object { return o.Get(name).(*goja.Object) }
	s := &state{vm: vm, codesWarned: map[string]bool{}}
	s.in = intrinsics{
		getOwnPropertyDescriptor:   fn("getOwnPropertyDescriptor"),
		getOwnPropertyDescriptors:  fn("getOwnPropertyDescriptors"),
		getOwnPropertySymbols:      fn("getOwnPropertySymbols"),
		defineProperties:           fn("defineProperties"),
		parseInt:                   fn("parseInt"),
		parseFloat:                 fn("parseFloat"),
		propertyIsEnumerable:       fn("propertyIsEnumerable"),
		hasOwnProperty:             fn("hasOwnProperty"),
		functionToString:           fn("functionToString"),
		errorToString:              fn("errorToString"),
		typedArrayTag:              fn("typedArrayTag"),
		typedArrayLength:           fn("typedArrayLength"),
		arrayBufferByteLength:      fn("arrayBufferByteLength"),
		dataViewByteLength:         fn("dataViewByteLength"),
		weakMapHas:                 fn("weakMapHas"),
		weakSetHas:                 fn("weakSetHas"),
		mapEntries:                 fn("mapEntries"),
		setValues:                  fn("setValues"),
		mapSize:                    fn("mapSize"),
		setSize:                    fn("setSize"),
		iteratorNext:               fn("iteratorNext"),
		setIteratorNext:            fn("setIteratorNext"),
		dateGetTime:                fn("dateGetTime"),
		dateToISOString:            fn("dateToISOString"),
		dateToString:               fn("dateToString"),
		regExpToString:             fn("regExpToString"),
		numberValueOf:              fn("numberValueOf"),
		stringValueOf:              fn("stringValueOf"),
		booleanValueOf:             fn("booleanValueOf"),
		bigIntValueOf:              fn("bigIntValueOf"),
		symbolValueOf:              fn("symbolValueOf"),
		jsonStringify:              fn("jsonStringify"),
		asyncFunctionPrototype:     obj("asyncFunctionPrototype"),
		generatorFunctionPrototype: obj("generatorFunctionPrototype"),
		generatorPrototype:         obj("generatorPrototype"),
		errorConstructor:           obj("errorConstructor"),
		mapIteratorPrototype:       obj("mapIteratorPrototype"),
		setIteratorPrototype:       obj("setIteratorPrototype"),
		customInspect:              o.Get("customInspect").(*goja.Symbol),
	}
	s.defaultOptions = newDefaultOptionsObject(vm)
	s.styles, s.colors = newColorTables(vm)
	return s
}

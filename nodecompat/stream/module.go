package stream

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/internal/host"
	"github.com/nodeshim/nodeshim/nodecompat/internal/gomodule"
)

// ModuleName is the name scripts pass to require().
const ModuleName = "stream"

// PromisesName is the name of the promise API's module.
const PromisesName = "stream/promises"

// CoreFunc returns the exports of another core module by name, as the
// runtime's loader does (the stream classes must extend the very
// EventEmitter that require('events') returns).
type CoreFunc func(name string) (goja.Value, bool)

// moduleKey marks the exports object with the Go module behind it.
var moduleKey = gomodule.NewKey("nodeshim.stream.module")

// Module is the stream module of one runtime.
type Module struct {
	vm       *goja.Runtime
	exports  *goja.Object
	promises *goja.Object

	// Readable, Writable, Duplex, Transform and PassThrough are the
	// module's constructors, for Go code that builds or subclasses streams.
	Readable, Writable, Duplex, Transform, PassThrough *goja.Object

	readableBits *goja.Object // the readable flag bits by name

	// PresetOptions is presetOptions(options) of duplex.js: it marks an
	// options object a module makes once for many duplex streams (and
	// freezes afterwards) with what the options mean, so that each stream
	// made with it skips reading them (see there for which qualify).
	PresetOptions *goja.Object
	// PresetStates is presetStates(stream, options) of duplex.js: for a
	// new object that a module makes into a Duplex itself, it sets the
	// states and allowHalfOpen the Duplex constructor would set from
	// options, and returns true, when options are preset (PresetOptions);
	// otherwise it returns false.
	PresetStates *goja.Object
	// EndOfData is endFromGo(stream) of readable.js: push(null) then
	// read(0), what a producer in Go does at the end of its data, with the
	// common case (nothing buffered, the stock methods) settled in one call.
	EndOfData *goja.Object
	// DirectFinal and DirectDestroy let an implementation's _final and
	// _destroy skip the callback made per call (see kDirectFinal and
	// kDirectDestroy in the scripts): each is { key, done }, the symbol
	// that marks the method with its direct form and the function that
	// form calls when done.
	DirectFinal, DirectDestroy *goja.Object
	// Validators holds utils.js's validateFunction(value, name),
	// validateObject(value, name) and validateAbortSignal(signal, name),
	// which throw Node's ERR_INVALID_ARG_TYPE, for the scripts of modules
	// built on this one to check their arguments with.
	Validators *goja.Object

	pushFromGo goja.Callable             // push(stream, buffer, length) for Push
	wrap       func([]byte) *goja.Object // buffer.Wrap bound to the runtime
	data       *dataPath                 // Push's common case in Go; nil without nodeshim's events
	direct     *directWriter             // write() of streams whose sink is in Go
	paused     *pausedPath               // paused mode's push, ticks and read() in Go
	final      *finalPath                // finalDone in Go (FinalDone)
}

// Loader returns the function that fills module.exports for "stream",
// taking the events and string_decoder modules from core. It starts
// compiling the module's scripts in the background (a few tens of
// milliseconds, once per process), so that a later require does not wait.
func Loader(core CoreFunc) func(vm *goja.Runtime, module *goja.Object) {
	go compiled()
	return func(vm *goja.Runtime, module *goja.Object) {
		_ = module.Set("exports", newModule(vm, core).exports)
	}
}

// PromisesLoader returns the function that fills module.exports for
// "stream/promises": the same object as require('stream').promises.
func PromisesLoader(core CoreFunc) func(vm *goja.Runtime, module *goja.Object) {
	return func(vm *goja.Runtime, module *goja.Object) {
		v, ok := core(ModuleName)
		if !ok {
			panic(vm.NewTypeError("stream/promises: the stream module is not registered"))
		}
		m, ok := Of(v)
		if !ok {
			panic(vm.NewTypeError("stream/promises: the stream module is not nodeshim's"))
		}
		_ = module.Set("exports", m.promises)
	}
}

// Of returns the Go module behind the exports of require('stream').
func Of(exports goja.Value) (*Module, bool) {
	return gomodule.Of[*Module](moduleKey, exports)
}

// newModule runs the module's scripts on vm and collects what Go needs.
func newModule(vm *goja.Runtime, core CoreFunc) *Module {
	h := host.From(vm)
	if h == nil {
		panic(vm.NewTypeError("stream: the runtime has no host (process.nextTick)"))
	}
	events := requireCore(vm, core, "events")
	decoderModule := requireCore(vm, core, "string_decoder")
	bufModule := vm.NewObject()
	_ = bufModule.Set("exports", vm.NewObject())
	buffer.Require(vm, bufModule)
	bufExports := bufModule.Get("exports").(*goja.Object)

	shared := vm.NewObject()
	n := &natives{vm: vm, host: h}
	n.install(shared)
	direct := &directWriter{vm: vm, host: h, bufferName: vm.ToValue("buffer")}
	direct.bufferProto, _ = bufExports.Get("Buffer").(*goja.Object).Get("prototype").(*goja.Object)
	set(shared, "write", methodFunction(vm, 3, direct.write))
	direct.installWriteCb(shared)
	paused := &pausedPath{vm: vm, host: h}
	set(shared, "read", methodFunction(vm, 1, paused.read))
	set(shared, "resumeTick", paused.resumeTick)
	flows := &flowPath{vm: vm, paused: paused}
	set(shared, "readableOn", methodFunction(vm, 2, flows.on))
	set(shared, "readableRemoveListener", methodFunction(vm, 2, flows.removeListener))
	set(shared, "resume", methodFunction(vm, 0, flows.resume))
	ends := &endPath{vm: vm, host: h, direct: direct}
	set(shared, "end", methodFunction(vm, 3, ends.end))
	closes := &closePath{vm: vm, host: h}
	set(shared, "endFromGo", methodFunction(vm, 1, closes.endFromGo))
	set(shared, "writableDestroy", methodFunction(vm, 2, closes.writableDestroy))
	set(shared, "destroyDone", methodFunction(vm, 3, closes.destroyDone))
	set(shared, "EventEmitter", events)
	set(shared, "writableGetter", writableGetter(vm))
	set(shared, "writableFlagGetter", writableFlagGetter(vm))
	set(shared, "duplexDestroyedGetter", duplexDestroyedGetter(vm))
	set(shared, "emitClose", emitCloseFunction(vm))
	set(shared, "Buffer", bufExports.Get("Buffer"))
	set(shared, "StringDecoder", decoderModule.Get("StringDecoder"))
	readableBits := installStateKeys(vm, shared)
	runScripts(vm, shared)

	direct.afterWriteEnd, _ = goja.AssertFunction(shared.Get("afterWriteEnd"))
	direct.slow, _ = goja.AssertFunction(shared.Get("writeSlow"))
	direct.nop, _ = shared.Get("nop").(*goja.Object)
	m := &Module{vm: vm, direct: direct, paused: paused, wrap: buffer.Wrapper(vm), readableBits: readableBits}
	m.exports = shared.Get("exports").(*goja.Object)
	m.promises = shared.Get("promises").(*goja.Object)
	m.Readable = shared.Get("Readable").(*goja.Object)
	m.Writable = shared.Get("Writable").(*goja.Object)
	m.Duplex = shared.Get("Duplex").(*goja.Object)
	m.Transform = shared.Get("Transform").(*goja.Object)
	m.PassThrough = shared.Get("PassThrough").(*goja.Object)
	m.PresetOptions = shared.Get("presetOptions").(*goja.Object)
	m.PresetStates = shared.Get("presetStates").(*goja.Object)
	m.EndOfData = shared.Get("endFromGo").(*goja.Object)
	m.DirectFinal = shared.Get("directFinal").(*goja.Object)
	m.DirectDestroy = shared.Get("directDestroy").(*goja.Object)
	m.Validators = vm.NewObject()
	for _, name := range []string{"validateFunction", "validateObject", "validateAbortSignal"} {
		set(m.Validators, name, shared.Get(name))
	}
	m.pushFromGo, _ = goja.AssertFunction(shared.Get("pushFromGo"))
	m.data = newDataPath(vm, events, m.Readable, shared, decoderModule)
	paused.init(m.data, shared)
	ends.init(shared)
	flows.init(shared)
	closes.init(m.data, shared)
	script, _ := goja.AssertFunction(m.DirectFinal.Get("done"))
	finish, _ := goja.AssertFunction(m.DirectFinal.Get("finish"))
	m.final = &finalPath{host: h, data: m.data, script: script, finish: finish, prefin: vm.ToValue("prefinish"),
		finName: vm.ToValue("finish"), vm: vm}
	if m.data != nil {
		direct.emitter = m.data.emitter
	}
	moduleKey.Mark(vm, m.exports, m)
	return m
}

// requireCore returns the exports of a core module the stream module
// needs, or throws.
func requireCore(vm *goja.Runtime, core CoreFunc, name string) *goja.Object {
	v, ok := core(name)
	if o, isObj := v.(*goja.Object); ok && isObj {
		return o
	}
	panic(vm.NewTypeError("stream: core module " + name + " is not available"))
}

// set defines a property on an object this package made; it cannot fail.
func set(o *goja.Object, name string, v interface{}) {
	if err := o.Set(name, v); err != nil {
		panic(err)
	}
}

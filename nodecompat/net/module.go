package net

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/emitter"
	"github.com/nodeshim/nodeshim/internal/host"
	"github.com/nodeshim/nodeshim/internal/webapi"
	"github.com/nodeshim/nodeshim/nodecompat/internal/gomodule"
	"github.com/nodeshim/nodeshim/nodecompat/stream"
)

// ModuleName is the name scripts pass to require().
const ModuleName = "net"

// CoreFunc returns the exports of another core module by name, as the
// runtime's loader does: sockets must be the very stream.Duplex that
// require('stream') returns, and look names up with require('dns').lookup
// as a script may have replaced it.
type CoreFunc func(name string) (goja.Value, bool)

// moduleKey marks the exports object with the Go module behind it.
var moduleKey = gomodule.NewKey("nodeshim.net.module")

// Module is the net module of one runtime.
type Module struct {
	vm      *goja.Runtime
	host    *host.Host
	core    CoreFunc
	stream  *stream.Module
	exports *goja.Object
	// shared is the scripts' internals object, which the tls scripts
	// extend.
	shared *goja.Object

	tcp, pipe *webapi.Class // the handle classes (Node's TCP and Pipe)
	server    *webapi.Class // the listening handle class
	handleKey *goja.Symbol  // the hidden Go state of a handle or timer

	recentHandles [2]*handle // the handles handleOf found last
	nextRecent    int        // the entry of recentHandles the next one replaces

	// The scripts' functions that Go calls with a handle's events.
	onConnect, onEnd, onError, onTimeout, onConnection goja.Callable
	// socketRead is Socket.prototype._read, which does nothing while the
	// handle reads.
	socketRead goja.Value
	// The socket's symbols for its idle timer and the write queue size
	// that timer last saw, and for the byte counts it keeps once its
	// handle is gone.
	kTimeout, kLastWriteQueueSize *goja.Symbol
	kBytesRead, kBytesWritten     *goja.Symbol
	// objectProto is Object.prototype, which connectOnly wants of options.
	objectProto *goja.Object
	// emitClose(socket, hadError) emits a socket's 'close'.
	emitClose goja.Callable
}

// Loader returns the function that fills module.exports for "net", taking
// the events, stream and dns modules from core. It starts compiling the
// module's scripts in the background, so that a later require does not
// wait.
func Loader(core CoreFunc) func(vm *goja.Runtime, module *goja.Object) {
	go compiled()
	return func(vm *goja.Runtime, module *goja.Object) {
		_ = module.Set("exports", newModule(vm, core).exports)
	}
}

// Of returns the Go module behind the exports of require('net').
func Of(exports goja.Value) (*Module, bool) {
	return gomodule.Of[*Module](moduleKey, exports)
}

// newModule runs the module's scripts on vm and collects what Go needs.
func newModule(vm *goja.Runtime, core CoreFunc) *Module {
	h := host.From(vm)
	if h == nil {
		panic(vm.NewTypeError("net: the runtime has no host"))
	}
	streamMod, ok := stream.Of(requireCore(vm, core, "stream"))
	if !ok {
		panic(vm.NewTypeError("net: the stream module is not nodeshim's"))
	}
	m := &Module{vm: vm, host: h, core: core, stream: streamMod, handleKey: goja.NewSymbol("handle")}
	events := requireCore(vm, core, "events")
	bufferMod := requireCore(vm, core, "buffer")

	shared := vm.NewObject()
	m.shared = shared
	set(shared, "binding", m.newBinding())
	set(shared, "EventEmitter", events)
	set(shared, "Duplex", streamMod.Duplex)
	set(shared, "presetStreamOptions", streamMod.PresetOptions)
	set(shared, "presetStreamStates", streamMod.PresetStates)
	set(shared, "endOfData", streamMod.EndOfData)
	set(shared, "directFinal", streamMod.DirectFinal)
	set(shared, "directDestroy", streamMod.DirectDestroy)
	set(shared, "streamValidators", streamMod.Validators)
	if em, ok := emitter.EmitterOf(vm, events.Get("prototype").(*goja.Object).Get("emit")); ok {
		shapeMode, capture := em.InitKeys()
		set(shared, "kShapeMode", shapeMode)
		set(shared, "kCapture", capture)
	}
	set(shared, "Buffer", bufferMod.Get("Buffer"))
	set(shared, "getDefaultHighWaterMark", streamMod.Exports().Get("getDefaultHighWaterMark"))
	kState, readableBits := streamMod.ReadableFlagKeys()
	set(shared, "kState", kState)
	set(shared, "readableBits", readableBits)
	set(shared, "core", func(call goja.FunctionCall) goja.Value {
		return requireCore(vm, core, call.Argument(0).String())
	})
	set(shared, "dns", func(goja.FunctionCall) goja.Value { return requireCore(vm, core, "dns") })
	runScripts(vm, shared, compiled())

	m.onConnect = function(shared, "onConnect")
	m.onEnd = function(shared, "onEnd")
	m.onError = function(shared, "onError")
	m.onTimeout = function(shared, "onTimeout")
	m.onConnection = function(shared, "onConnection")
	socketProto := shared.Get("Socket").(*goja.Object).Get("prototype").(*goja.Object)
	m.socketRead = socketProto.Get("_read")
	m.kTimeout, _ = shared.Get("kTimeout").(*goja.Symbol)
	m.kLastWriteQueueSize, _ = shared.Get("kLastWriteQueueSize").(*goja.Symbol)
	m.kBytesRead, _ = shared.Get("kBytesRead").(*goja.Symbol)
	m.kBytesWritten, _ = shared.Get("kBytesWritten").(*goja.Symbol)
	m.emitClose = function(shared, "emitSocketClose")
	streamMod.SetDirectWrite(socketProto.Get("_write"), m.writeDirect)
	streamMod.SetIdleRead(m.socketRead, m.readingAlready)
	m.exports = shared.Get("exports").(*goja.Object)
	moduleKey.Mark(vm, m.exports, m)
	return m
}

// requireCore returns the exports of a core module the net module needs,
// or throws.
func requireCore(vm *goja.Runtime, core CoreFunc, name string) *goja.Object {
	v, ok := core(name)
	if o, isObj := v.(*goja.Object); ok && isObj {
		return o
	}
	panic(vm.NewTypeError("net: core module " + name + " is not available"))
}

// function returns the function the scripts put on shared under name.
func function(shared *goja.Object, name string) goja.Callable {
	fn, ok := goja.AssertFunction(shared.Get(name))
	if !ok {
		panic("net: the scripts define no " + name)
	}
	return fn
}

// set defines a property on an object this package made; it cannot fail.
func set(o *goja.Object, name string, v interface{}) {
	if err := o.Set(name, v); err != nil {
		panic(err)
	}
}

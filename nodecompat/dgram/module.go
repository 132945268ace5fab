package dgram

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/emitter"
	"github.com/nodeshim/nodeshim/internal/host"
	"github.com/nodeshim/nodeshim/internal/webapi"
)

// ModuleName is the name scripts pass to require().
const ModuleName = "dgram"

// CoreFunc returns the exports of another core module by name, as the
// runtime's loader does: sockets must be instances of the very EventEmitter
// that require('events') returns, and use dns.lookup unless a script has
// replaced it.
type CoreFunc func(name string) (goja.Value, bool)

// Loader returns the function that fills module.exports for "dgram",
// taking the events and dns modules from core.
func Loader(core CoreFunc) func(vm *goja.Runtime, module *goja.Object) {
	return func(vm *goja.Runtime, module *goja.Object) {
		_ = module.Set("exports", newModule(vm, core).exports)
	}
}

// module is the dgram module of one runtime.
type module struct {
	vm      *goja.Runtime
	core    CoreFunc
	exports *goja.Object

	socketClass  *webapi.Class
	eventEmitter goja.Callable // EventEmitter, called on each new socket
	errorMonitor goja.Value    // events.errorMonitor
	stateKey     *goja.Symbol  // the hidden Go state of a Socket

	// The open socket whose method ran last, and its object (see socketOf).
	lastThis   *goja.Object
	lastSocket *socket

	// Values every datagram's rinfo uses.
	ipv4, ipv6 goja.Value

	// What every 'message' uses: the Buffer maker, the rinfo maker and its
	// arguments (kept to spare a slice per datagram), the event's name, and
	// EventEmitter.prototype.emit run from Go (nil if events is not
	// nodeshim's).
	wrap        func([]byte) *goja.Object
	newRinfo    goja.Callable
	rinfoArgs   [4]goja.Value
	messageName goja.Value
	emitter     *emitter.Emitter
}

// rinfoProgram makes a 'message' event's rinfo as one object literal, which
// creates its four properties in order at once; setting them one by one
// from Go looks each name up along the prototype chain first.
var rinfoProgram = goja.MustCompile("node:dgram/rinfo",
	"((address, family, port, size) => ({ address, family, port, size }))", true)

// newModule builds the module on vm.
func newModule(vm *goja.Runtime, core CoreFunc) *module {
	m := &module{vm: vm, core: core, stateKey: goja.NewSymbol("state symbol"),
		ipv4: vm.ToValue("IPv4"), ipv6: vm.ToValue("IPv6")}
	events := m.coreObject("events")
	m.eventEmitter, _ = goja.AssertFunction(events)
	m.errorMonitor = events.Get("errorMonitor")
	if proto, ok := events.Get("prototype").(*goja.Object); ok {
		m.emitter, _ = emitter.EmitterOf(vm, proto.Get("emit"))
	}
	m.wrap = buffer.Wrapper(vm)
	m.messageName = vm.ToValue("message")
	rinfo, err := vm.RunProgram(rinfoProgram)
	if err != nil {
		panic(err)
	}
	m.newRinfo, _ = goja.AssertFunction(rinfo)
	m.socketClass = m.newSocketClass(events)
	m.exports = vm.NewObject()
	_ = m.exports.Set("createSocket", func(call goja.FunctionCall) goja.Value {
		obj, err := vm.New(m.socketClass.Ctor, call.Argument(0), call.Argument(1))
		if err != nil {
			panic(err)
		}
		return obj
	})
	_ = m.exports.Set("Socket", m.socketClass.Ctor)
	return m
}

// coreObject returns another core module's exports.
func (m *module) coreObject(name string) *goja.Object {
	v, ok := m.core(name)
	obj, isObj := v.(*goja.Object)
	if !ok || !isObj {
		panic(m.vm.NewTypeError("dgram: the " + name + " module is not registered"))
	}
	return obj
}

// host returns the runtime's Host.
func (m *module) host() *host.Host {
	return host.From(m.vm)
}

// nextTick runs fn from the runtime's nextTick queue.
func (m *module) nextTick(fn func()) {
	f, _ := goja.AssertFunction(m.vm.ToValue(func(goja.FunctionCall) goja.Value {
		fn()
		return goja.Undefined()
	}))
	m.host().NextTick(f)
}

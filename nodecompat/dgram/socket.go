package dgram

import (
	"net/netip"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/udp"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
	"github.com/nodeshim/nodeshim/internal/webapi"
	"github.com/nodeshim/nodeshim/nodecompat/dns"
)

// Node's bind and connect states.
const (
	unbound = iota
	binding
	bound
)

const (
	disconnected = iota
	connecting
	connected
)

// socket is the Go side of a dgram.Socket.
type socket struct {
	m      *module
	obj    *goja.Object
	family udp.Family
	// lookup is the script's lookup function (the lookup option, or a
	// replaced dns.lookup); nil means dns.Lookup.
	lookup goja.Callable

	core         *udp.Socket // nil until bound (or joined, see implicitOpen)
	closed       bool        // close() was called
	unrefd       bool        // unref() before the core existed
	bindState    int
	connectState int

	// queue holds what waits for 'listening' (sends, connect, close made
	// while binding); nil when nothing waits.
	queue         []func()
	onListenError goja.Value // the errorMonitor listener that drops the queue

	reuseAddr, ipv6Only            bool
	recvBufferSize, sendBufferSize int

	// The last sender's address and port, and the last size, converted
	// once for rinfo: datagrams tend to come from one sender, at one size.
	lastFrom     netip.AddrPort
	lastFromStr  goja.Value
	lastFromPort goja.Value
	lastSize     int
	lastSizeVal  goja.Value
}

// newSocketClass builds dgram.Socket, an EventEmitter subclass.
func (m *module) newSocketClass(events *goja.Object) *webapi.Class {
	c := webapi.NewClass(m.vm, "Socket", 2, nil, m.construct)
	_ = c.Proto.DeleteSymbol(goja.SymToStringTag)
	_ = c.Ctor.SetPrototype(events)
	_ = c.Proto.SetPrototype(events.Get("prototype").(*goja.Object))
	m.defineMethods(c)
	return c
}

// construct initialises a new Socket: new Socket(type | options[, listener]).
func (m *module) construct(this *goja.Object, args []goja.Value) {
	vm := m.vm
	if _, err := m.eventEmitter(this); err != nil {
		panic(err)
	}
	typ, listener := arg(args, 0), arg(args, 1)
	s := &socket{m: m, obj: this}
	options, _ := typ.(*goja.Object)
	var lookup goja.Value = goja.Undefined()
	if options != nil {
		typ, lookup = get(options, "type"), get(options, "lookup")
		s.recvBufferSize = m.bufferSizeOption(options, "recvBufferSize")
		s.sendBufferSize = m.bufferSizeOption(options, "sendBufferSize")
		s.reuseAddr = get(options, "reuseAddr").ToBoolean()
		s.ipv6Only = get(options, "ipv6Only").ToBoolean()
	}
	if goja.IsUndefined(lookup) {
		dnsLookup := m.coreObject("dns").Get("lookup")
		if !dns.IsBuiltinLookup(vm, dnsLookup) {
			lookup = dnsLookup
		}
	} else if _, ok := goja.AssertFunction(lookup); !ok {
		panic(nodeerr.InvalidArgType(vm, "lookup", "of type function", lookup))
	}
	s.lookup, _ = goja.AssertFunction(lookup)
	switch typ.String() {
	case "udp4":
		s.family = udp.IPv4
	case "udp6":
		s.family = udp.IPv6
	}
	if !isString(typ) || s.family == 0 {
		panic(nodeerr.TypeError(vm, "ERR_SOCKET_BAD_TYPE", "Bad socket type specified. Valid types are: udp4, udp6"))
	}
	_ = this.Set("type", typ)
	if _, ok := goja.AssertFunction(listener); ok {
		s.call("on", vm.ToValue("message"), listener)
	}
	_ = this.DefineDataPropertySymbol(m.stateKey, vm.ToValue(s), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	if options != nil {
		if signal := get(options, "signal"); !goja.IsUndefined(signal) {
			s.followSignal(signal)
		}
	}
}

// bufferSizeOption reads options.recvBufferSize or sendBufferSize: 0 when
// absent, else an unsigned 32-bit integer.
func (m *module) bufferSizeOption(options *goja.Object, name string) int {
	v := get(options, name)
	if !v.ToBoolean() {
		return 0
	}
	if !isNumber(v) {
		panic(nodeerr.InvalidArgType(m.vm, "options."+name, "of type number", v))
	}
	f := v.ToFloat()
	if f != float64(int64(f)) {
		panic(nodeerr.OutOfRange(m.vm, "options."+name, "an integer", v))
	}
	if f < 0 || f > 1<<32-1 {
		panic(nodeerr.OutOfRange(m.vm, "options."+name, ">= 0 && <= 4294967295", v))
	}
	return int(f)
}

// followSignal closes the socket when signal aborts (at once if it has).
func (s *socket) followSignal(signal goja.Value) {
	vm := s.m.vm
	sig, ok := signal.(*goja.Object)
	if !ok || !has(sig, "aborted") {
		panic(nodeerr.InvalidArgType(vm, "options.signal", "an instance of AbortSignal", signal))
	}
	onAborted := vm.ToValue(func(goja.FunctionCall) goja.Value {
		if !s.closed {
			s.close(goja.Undefined())
		}
		return goja.Undefined()
	})
	if sig.Get("aborted").ToBoolean() {
		s.close(goja.Undefined())
		return
	}
	opts := vm.NewObject()
	_ = opts.Set("once", true)
	callMethod(vm, sig, "addEventListener", vm.ToValue("abort"), onAborted, opts)
	s.call("once", vm.ToValue("close"), vm.ToValue(func(goja.FunctionCall) goja.Value {
		callMethod(vm, sig, "removeEventListener", vm.ToValue("abort"), onAborted)
		return goja.Undefined()
	}))
}

// socketOf returns the Go state of a Socket, or throws. The open socket
// whose method ran last is remembered: a socket's state, a non-writable,
// non-configurable property, never changes, and scripts tend to call one
// socket's methods in a row (send after send).
func (m *module) socketOf(this goja.Value) *socket {
	if o, ok := this.(*goja.Object); ok {
		if o == m.lastThis {
			return m.lastSocket
		}
		if v := o.GetSymbol(m.stateKey); v != nil {
			if s, ok := v.Export().(*socket); ok {
				if !s.closed {
					m.lastThis, m.lastSocket = o, s
				}
				return s
			}
		}
	}
	panic(m.vm.NewTypeError("Illegal invocation"))
}

// call calls one of the socket's own methods (on, once, emit, ...).
func (s *socket) call(method string, args ...goja.Value) goja.Value {
	return callMethod(s.m.vm, s.obj, method, args...)
}

// healthCheck throws ERR_SOCKET_DGRAM_NOT_RUNNING once the socket is closed.
func (s *socket) healthCheck() {
	if s.closed {
		panic(nodeerr.Error(s.m.vm, "ERR_SOCKET_DGRAM_NOT_RUNNING", "Not running"))
	}
}

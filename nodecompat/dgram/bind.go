package dgram

import (
	"github.com/dop251/goja"

	"golang.org/x/sys/unix"

	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/nodeshim/nodeshim/core/udp"
	"github.com/nodeshim/nodeshim/emitter"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// bind is socket.bind([port][, address][, callback]) and
// socket.bind(options[, callback]). As in Node, the port is not validated:
// it is read as an unsigned 16-bit number (0 for anything falsy).
func (s *socket) bind(args []goja.Value) {
	vm := s.m.vm
	s.healthCheck()
	if s.bindState != unbound {
		panic(nodeerr.Error(vm, "ERR_SOCKET_ALREADY_BOUND", "Socket is already bound"))
	}
	s.bindState = binding
	if n := len(args); n > 0 {
		if _, ok := goja.AssertFunction(args[n-1]); ok {
			s.call("once", vm.ToValue("listening"), args[n-1])
		}
	}
	port, address := arg(args, 0), goja.Value(goja.Undefined())
	if options, ok := port.(*goja.Object); ok && !isFunction(port) {
		port, address = get(options, "port"), get(options, "address")
	} else if !isFunction(arg(args, 1)) {
		address = arg(args, 1)
	}
	host := ""
	if address.ToBoolean() {
		host = s.validateHostname(address)
	}
	if host == "" {
		host = "0.0.0.0"
		if s.family == udp.IPv6 {
			host = "::"
		}
	}
	portNum := 0
	if port.ToBoolean() {
		portNum = int(toUint32(port.ToFloat()) & 0xffff)
	}
	s.resolve(host, func(r resolved) {
		if r.err != nil {
			s.bindState = unbound
			s.emit("error", r.err)
			return
		}
		if s.closed {
			return
		}
		if err := s.open(r, portNum); err != nil {
			s.bindState = unbound
			s.emit("error", nodeerr.FromSocket(vm, err))
			return
		}
		s.startListening()
	})
}

// validateHostname checks a host name argument as dns.lookup does.
func (s *socket) validateHostname(v goja.Value) string {
	if !isString(v) {
		panic(nodeerr.InvalidArgType(s.m.vm, "hostname", "of type string", v))
	}
	return v.String()
}

// open opens the core socket bound to r's address and port. A socket
// already opened by a membership call cannot bind again (EINVAL, as the
// kernel says).
func (s *socket) open(r resolved, port int) *sockerr.Error {
	if s.core != nil || !r.addr.IsValid() {
		return sockerr.FromErrno("bind", unix.EINVAL, r.text, port)
	}
	core, err := udp.Open(s.m.host().Loop(), udp.Config{
		Family: s.family, Address: r.addr, Port: port,
		ReuseAddr: s.reuseAddr, IPv6Only: s.ipv6Only,
		RecvBufferSize: s.recvBufferSize, SendBufferSize: s.sendBufferSize,
	}, s.handler())
	if err != nil {
		e := sockerr.Wrap("bind", err, r.text, port)
		if e.Syscall == "bind" {
			e.Address = r.text
		}
		return e
	}
	s.core = core
	if s.unrefd {
		core.Unref()
	}
	return nil
}

// startListening marks the socket bound and emits 'listening'.
func (s *socket) startListening() {
	s.bindState = bound
	s.emit("listening")
}

// implicitBind binds to a free port on all interfaces, as send and connect
// do on an unbound socket.
func (s *socket) implicitBind() {
	port := s.m.vm.NewObject()
	_ = port.Set("port", 0)
	_ = port.Set("exclusive", true)
	s.bind([]goja.Value{port, goja.Null()})
}

// emit emits an event on the socket.
func (s *socket) emit(event string, args ...goja.Value) {
	emitter.Emit(s.m.vm, s.obj, event, args...)
}

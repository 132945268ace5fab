package dgram

import (
	"net/netip"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// connect is socket.connect(port[, address][, callback]).
func (s *socket) connect(portArg, address, cb goja.Value) {
	vm := s.m.vm
	port := nodeerr.ValidatePort(vm, portArg, "Port", false)
	if isFunction(address) {
		cb, address = address, vm.ToValue("")
	} else if goja.IsUndefined(address) {
		address = vm.ToValue("")
	}
	if !isString(address) {
		panic(nodeerr.InvalidArgType(vm, "address", "of type string", address))
	}
	if s.connectState != disconnected {
		panic(nodeerr.Error(vm, "ERR_SOCKET_DGRAM_IS_CONNECTED", "Already connected"))
	}
	s.connectState = connecting
	if s.bindState == unbound {
		s.implicitBind()
	}
	host := address.String()
	if s.bindState != bound {
		s.enqueue(func() { s.startConnect(port, host, cb) })
		return
	}
	s.startConnect(port, host, cb)
}

// startConnect resolves host and connects the bound socket; 'connect' (or
// the callback with the error, or 'error') follows from the nextTick queue.
func (s *socket) startConnect(port int, host string, cb goja.Value) {
	vm := s.m.vm
	if isFunction(cb) {
		s.call("once", vm.ToValue("connect"), cb)
	}
	s.resolve(host, func(r resolved) {
		if s.closed {
			return
		}
		ex := r.err
		if ex == nil {
			if err := s.connectCore(r, port); err != nil {
				err.Address = host
				ex = nodeerr.FromSocket(vm, err)
			}
		}
		if ex != nil {
			s.connectState = disconnected
			s.m.nextTick(func() {
				if fn, ok := goja.AssertFunction(cb); ok {
					s.call("removeListener", vm.ToValue("connect"), cb)
					if _, err := fn(goja.Undefined(), ex); err != nil {
						panic(err)
					}
					return
				}
				s.emit("error", ex)
			})
			return
		}
		s.connectState = connected
		s.m.nextTick(func() { s.emit("connect") })
	})
}

// connectCore connects the core socket to the resolved address.
func (s *socket) connectCore(r resolved, port int) *sockerr.Error {
	if !r.addr.IsValid() {
		return sockerr.FromErrno("connect", unix.EINVAL, r.text, port)
	}
	if err := s.core.Connect(netip.AddrPortFrom(r.addr, uint16(port))); err != nil {
		return sockerr.Wrap("connect", err, r.text, port)
	}
	return nil
}

// disconnect is socket.disconnect().
func (s *socket) disconnect() {
	if s.connectState != connected {
		panic(nodeerr.Error(s.m.vm, "ERR_SOCKET_DGRAM_NOT_CONNECTED", "Not connected"))
	}
	if err := s.core.Disconnect(); err != nil {
		panic(nodeerr.FromSocket(s.m.vm, sockerr.Wrap("connect", err, "", 0)))
	}
	s.connectState = disconnected
}

// remoteAddress is socket.remoteAddress().
func (s *socket) remoteAddress() goja.Value {
	s.healthCheck()
	if s.connectState != connected {
		panic(nodeerr.Error(s.m.vm, "ERR_SOCKET_DGRAM_NOT_CONNECTED", "Not connected"))
	}
	return s.m.addressObject(s.core.RemoteAddr())
}

// address is socket.address(): where the socket is bound.
func (s *socket) address() goja.Value {
	s.healthCheck()
	if s.core == nil {
		panic(nodeerr.FromSocket(s.m.vm, sockerr.FromErrno("getsockname", unix.EBADF, "", 0)))
	}
	ap, err := s.core.LocalAddr()
	if err != nil {
		panic(nodeerr.FromSocket(s.m.vm, sockerr.Wrap("getsockname", err, "", 0)))
	}
	return s.m.addressObject(ap)
}

// addressObject is { address, family, port }.
func (m *module) addressObject(ap netip.AddrPort) *goja.Object {
	o := m.vm.NewObject()
	_ = o.Set("address", ap.Addr().String())
	family := m.ipv4
	if !ap.Addr().Is4() {
		family = m.ipv6
	}
	_ = o.Set("family", family)
	_ = o.Set("port", int(ap.Port()))
	return o
}

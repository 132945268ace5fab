package dgram

import (
	"net/netip"

	"github.com/dop251/goja"
	"golang.org/x/sys/unix"

	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/nodeshim/nodeshim/core/udp"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// membership is add/dropMembership(group[, iface]) and, with a source,
// add/dropSourceSpecificMembership(source, group[, iface]). Addresses are
// IP literals as libuv reads them; an unbound socket is first bound to a
// free port with address reuse (libuv's deferred bind), after which bind()
// fails with EINVAL, as in Node.
func (s *socket) membership(op string, source, group, iface goja.Value, join bool) {
	vm := s.m.vm
	m := udp.Membership{}
	var ok bool
	if m.Group, ok = parseIP(group); !ok {
		panic(nodeerr.FromSocket(vm, sockerr.FromErrno(op, unix.EINVAL, "", 0)))
	}
	if source != nil {
		if m.Source, ok = parseIP(source); !ok || m.Source.Is4() != m.Group.Is4() {
			panic(nodeerr.FromSocket(vm, sockerr.FromErrno(op, unix.EINVAL, "", 0)))
		}
	}
	if !isNullish(iface) {
		if m.Interface, ok = parseInterface(iface.String(), m.Group.Is4()); !ok {
			panic(nodeerr.FromSocket(vm, sockerr.FromErrno(op, unix.EINVAL, "", 0)))
		}
	}
	s.implicitOpen()
	var err error
	if join {
		err = s.core.Join(m)
	} else {
		err = s.core.Leave(m)
	}
	s.check(err)
}

// parseIP reads an IP literal without a zone.
func parseIP(v goja.Value) (netip.Addr, bool) {
	a, err := netip.ParseAddr(v.String())
	return a, err == nil && a.Zone() == ""
}

// parseInterface reads a multicast interface as libuv does: an IPv4
// address for IPv4, an IPv6 address whose zone names the interface for
// IPv6 (the address part does not matter).
func parseInterface(text string, v4 bool) (udp.Interface, bool) {
	a, err := netip.ParseAddr(text)
	if err != nil || a.Is4() != v4 {
		return udp.Interface{}, false
	}
	return udp.ParseInterface(text), true
}

// implicitOpen opens the core socket of an unbound socket on a free port of
// all interfaces, with address reuse, without reading (Node reads only once
// bound).
func (s *socket) implicitOpen() {
	if s.core != nil {
		return
	}
	core, err := udp.Open(s.m.host().Loop(), udp.Config{Family: s.family, ReuseAddr: true}, s.handler())
	s.check(err)
	core.Pause()
	if s.unrefd {
		core.Unref()
	}
	s.core = core
}

// setMulticastInterface is socket.setMulticastInterface(iface): an IPv4
// address on a udp4 socket ("0.0.0.0" for the default), "::%name" or
// "::%index" on a udp6 one ("::" for the default).
func (s *socket) setMulticastInterface(iface goja.Value) {
	vm := s.m.vm
	const op = "setMulticastInterface"
	s.healthCheck()
	if !isString(iface) {
		panic(nodeerr.InvalidArgType(vm, "interfaceAddress", "of type string", iface))
	}
	c := s.coreFor(op)
	a, err := netip.ParseAddr(iface.String())
	switch {
	case err != nil:
		panic(nodeerr.FromSocket(vm, sockerr.FromErrno(op, unix.EINVAL, "", 0)))
	case a.Is4() != (s.family == udp.IPv4):
		// libuv sets the other family's option, which the kernel refuses.
		panic(nodeerr.FromSocket(vm, sockerr.FromErrno(op, unix.ENOPROTOOPT, "", 0)))
	}
	s.check(c.SetMulticastInterface(udp.ParseInterface(iface.String())))
}

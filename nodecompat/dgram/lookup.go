package dgram

import (
	"net/netip"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
	"github.com/nodeshim/nodeshim/nodecompat/dns"
)

// resolved is the outcome of resolving a host name: the address (invalid if
// the lookup gave something that is no IP; the socket call then fails with
// EINVAL), its text, or the error to report.
type resolved struct {
	addr netip.Addr
	text string
	err  goja.Value
}

// resolve looks host up for the socket's family, as Node's dgram does:
// lookup(host || loopback, family, callback), through dns.Lookup unless the
// script gave its own lookup function. A script's lookup may call back
// synchronously; its exceptions propagate to the caller.
func (s *socket) resolve(host string, cb func(resolved)) {
	if host == "" {
		host = "127.0.0.1"
		if s.family == 6 {
			host = "::1"
		}
	}
	if s.lookup == nil {
		vm := s.m.vm
		dns.Lookup(s.m.host(), host, int(s.family), false, func(addrs []netip.Addr, err *sockerr.Error) {
			if err != nil {
				cb(resolved{err: nodeerr.FromSocket(vm, err)})
				return
			}
			text := addrs[0].String()
			if _, err := netip.ParseAddr(host); err == nil {
				text = host // a literal comes back as written, as from dns.lookup
			}
			cb(resolved{addr: addrs[0], text: text})
		})
		return
	}
	vm := s.m.vm
	done := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		if e := call.Argument(0); e.ToBoolean() {
			cb(resolved{err: e})
			return goja.Undefined()
		}
		text := call.Argument(1).String()
		addr, _ := netip.ParseAddr(text)
		cb(resolved{addr: addr, text: text})
		return goja.Undefined()
	})
	if _, err := s.lookup(goja.Undefined(), vm.ToValue(host), vm.ToValue(int(s.family)), done); err != nil {
		panic(err)
	}
}

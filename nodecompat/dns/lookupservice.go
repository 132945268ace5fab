package dns

import (
	"context"
	"net"
	"net/netip"
	"strings"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
	"github.com/nodeshim/nodeshim/nodecompat/internal/jsarg"
)

// errnoENotFound is libuv's errno for EAI_NONAME, which Node names ENOTFOUND.
const errnoENotFound = -3008

// jsLookupService is dns.lookupService(address, port, callback).
func (s *state) jsLookupService(call goja.FunctionCall) goja.Value {
	if len(call.Arguments) != 3 {
		panic(missingArgs(s.vm, "address", "port", "callback"))
	}
	r := s.lookupServiceRequest(call.Argument(0), call.Argument(1))
	s.withCallback(r, jsarg.Function(s.vm, call.Argument(2), "callback"))
	return goja.Undefined()
}

// jsLookupServicePromise is dns.promises.lookupService(address, port).
func (s *state) jsLookupServicePromise(call goja.FunctionCall) goja.Value {
	if len(call.Arguments) != 2 {
		panic(missingArgs(s.vm, "address", "port"))
	}
	return s.withPromise(s.lookupServiceRequest(call.Argument(0), call.Argument(1)))
}

// lookupServiceRequest checks the arguments and returns the getnameinfo of
// address and port: values (hostname, service), { hostname, service } for
// the promise. The host name must be found (the hosts file, then DNS);
// the service is the TCP one.
func (s *state) lookupServiceRequest(address, portArg goja.Value) request {
	vm := s.vm
	ip, err := netip.ParseAddr(address.String())
	if !isString(address) || err != nil {
		panic(nodeerr.InvalidArgValue(vm, "address", address, ""))
	}
	port := nodeerr.ValidatePort(vm, portArg, "Port", true)
	addr := address.String()
	return request{
		start: func(finish func([]goja.Value, goja.Value)) {
			l := s.host().Loop()
			release := l.Hold()
			go func() {
				name := reverseHostName(ip)
				service := serviceName(port)
				l.Post(func() {
					if name == "" {
						finish(nil, dnsError(vm, "getnameinfo", codeNotFound, addr, errnoENotFound))
						return
					}
					finish([]goja.Value{vm.ToValue(name), vm.ToValue(service)}, nil)
				})
				release()
			}()
		},
		promised: func(vals []goja.Value) goja.Value {
			return object(vm, "hostname", vals[0], "service", vals[1])
		},
	}
}

// reverseHostName is the system resolver's first name for ip, or "".
func reverseHostName(ip netip.Addr) string {
	names, err := net.DefaultResolver.LookupAddr(context.Background(), ip.String())
	if err != nil || len(names) == 0 {
		return ""
	}
	return strings.TrimSuffix(names[0], ".")
}

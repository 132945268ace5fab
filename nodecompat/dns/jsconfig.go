package dns

import (
	"math"
	"net/netip"
	"strconv"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// getServers returns the resolver's servers as Node lists them.
func (s *state) getServers(r *resolver) goja.Value {
	list := make([]any, len(r.c.servers))
	for i, ap := range r.c.servers {
		list[i] = formatServer(ap)
	}
	return s.vm.NewArray(list...)
}

// setServers replaces the resolver's servers with an array of addresses,
// dropping repeats as c-ares does.
func (s *state) setServers(r *resolver, arg goja.Value) {
	vm := s.vm
	arr, ok := arg.(*goja.Object)
	if !ok || arr.ClassName() != "Array" {
		panic(nodeerr.InvalidArgType(vm, "servers", "an instance of Array", arg))
	}
	n := int(arr.Get("length").ToInteger())
	servers := make([]netip.AddrPort, 0, n)
	for i := range n {
		v := arr.Get(strconv.Itoa(i))
		text := validateString(vm, v, "servers["+strconv.Itoa(i)+"]")
		ap, ok := parseServer(text)
		if !ok {
			panic(nodeerr.TypeError(vm, "ERR_INVALID_IP_ADDRESS", "Invalid IP address: "+text))
		}
		if !containsServer(servers, ap) {
			servers = append(servers, ap)
		}
	}
	r.c.servers = servers
}

// containsServer reports whether list has ap.
func containsServer(list []netip.AddrPort, ap netip.AddrPort) bool {
	for _, x := range list {
		if x == ap {
			return true
		}
	}
	return false
}

// setLocalAddress sets the source addresses of the resolver's queries: one
// of each family at most.
func (s *state) setLocalAddress(r *resolver, first, second goja.Value) {
	vm := s.vm
	validateString(vm, first, "ipv4")
	if !goja.IsUndefined(second) {
		validateString(vm, second, "ipv6")
	}
	parse := func(v goja.Value) netip.Addr {
		a, err := netip.ParseAddr(v.String())
		if err != nil {
			panic(nodeerr.TypeError(vm, "ERR_INVALID_ARG_VALUE", "Invalid IP address."))
		}
		return a
	}
	var local4, local6 netip.Addr
	a := parse(first)
	if a.Is4() {
		local4 = a
	} else {
		local6 = a
	}
	if !goja.IsUndefined(second) {
		b := parse(second)
		switch {
		case b.Is4() && a.Is4():
			panic(nodeerr.TypeError(vm, "ERR_INVALID_ARG_VALUE", "Cannot specify two IPv4 addresses."))
		case !b.Is4() && !a.Is4():
			panic(nodeerr.TypeError(vm, "ERR_INVALID_ARG_VALUE", "Cannot specify two IPv6 addresses."))
		case b.Is4():
			local4 = b
		default:
			local6 = b
		}
	}
	r.c.local4, r.c.local6 = local4, local6
}

// resolverOptions reads new Resolver({ timeout, tries }).
func (s *state) resolverOptions(options goja.Value) *resolver {
	r := newResolver(systemConf())
	o, ok := options.(*goja.Object)
	if !ok {
		return r
	}
	if v := o.Get("timeout"); v != nil && !goja.IsUndefined(v) {
		r.setTimeout(s.validateInt32(v, "options.timeout", -1))
	}
	if v := o.Get("tries"); v != nil && !goja.IsUndefined(v) {
		r.c.tries = s.validateInt32(v, "options.tries", 1)
	}
	return r
}

// validateInt32 is Node's validateInt32(v, name, min).
func (s *state) validateInt32(v goja.Value, name string, lo int) int {
	f := validateNumber(s.vm, v, name)
	if f != math.Trunc(f) {
		panic(nodeerr.OutOfRange(s.vm, name, "an integer", v))
	}
	if f < float64(lo) || f > math.MaxInt32 {
		panic(nodeerr.OutOfRange(s.vm, name, ">= "+strconv.Itoa(lo)+" && <= 2147483647", v))
	}
	return int(f)
}

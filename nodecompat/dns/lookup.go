package dns

import (
	"net/netip"

	"github.com/dop251/goja"

	coredns "github.com/nodeshim/nodeshim/core/dns"
	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/nodeshim/nodeshim/internal/host"
)

// The getaddrinfo hint flags of dns.lookup.
const (
	hintAddrConfig = 32 // dns.ADDRCONFIG
	hintAll        = 16 // dns.ALL
	hintV4Mapped   = 8  // dns.V4MAPPED
)

// lookupParams are dns.lookup's options after validation.
type lookupParams struct {
	family int // 0, 4 or 6
	all    bool
	hints  int
	order  string
}

// Lookup resolves hostname as Node's dns.lookup does, for the façades that
// connect or send to a host name (net, tls, dgram): through the system's
// resolver (the hosts file, then DNS) on a goroutine that keeps the loop
// alive, with the result posted back to the loop. family is 4 or 6 to
// accept only that family, 0 for both; the addresses come in the runtime's
// default result order (dns.setDefaultResultOrder). With all unset cb gets
// only the first. An IP literal is answered without a goroutine, but still
// asynchronously, from the nextTick queue, as in Node; an empty hostname
// gives no address and no error. Failures are getaddrinfo's: ENOTFOUND,
// EAI_AGAIN or EAI_FAIL, with the hostname. cb runs on the loop's goroutine
// inside a task, so it may call JavaScript directly. Call Lookup on that
// goroutine.
func Lookup(h *host.Host, hostname string, family int, all bool, cb func(addrs []netip.Addr, err *sockerr.Error)) {
	s := stateFor(h.VM())
	lookupAddrs(h, hostname, lookupParams{family: family, all: all, order: s.order}, cb)
}

// lookupAddrs is Lookup with every dns.lookup option.
func lookupAddrs(h *host.Host, hostname string, p lookupParams, cb func([]netip.Addr, *sockerr.Error)) {
	if hostname == "" {
		nextTick(h, func() { cb(nil, nil) })
		return
	}
	if ip, err := netip.ParseAddr(hostname); err == nil {
		nextTick(h, func() { cb([]netip.Addr{ip}, nil) })
		return
	}
	query := p.family
	if p.family == 6 && p.hints&hintV4Mapped != 0 {
		query = 0 // IPv4 answers may stand in for missing IPv6 ones
	}
	coredns.Lookup(h.Loop(), nil, hostname, query, func(addrs []netip.Addr, err error) {
		if err != nil {
			cb(nil, coredns.Error(hostname, err))
			return
		}
		if query != p.family {
			addrs = mapV4(addrs, p.hints&hintAll != 0)
		}
		sortByOrder(addrs, p.order)
		if !p.all {
			addrs = addrs[:1]
		}
		cb(addrs, nil)
	})
}

// mapV4 applies V4MAPPED to the answer of an IPv6 lookup made for both
// families: the IPv6 addresses if there are any (followed by the IPv4 ones,
// mapped, with ALL), else the IPv4 ones, mapped.
func mapV4(addrs []netip.Addr, all bool) []netip.Addr {
	var v6, mapped []netip.Addr
	for _, a := range addrs {
		if a.Is4() {
			mapped = append(mapped, netip.AddrFrom16(a.As16()))
		} else {
			v6 = append(v6, a)
		}
	}
	if len(v6) == 0 || all {
		return append(v6, mapped...)
	}
	return v6
}

// nextTick runs fn from the runtime's nextTick queue.
func nextTick(h *host.Host, fn func()) {
	f, _ := goja.AssertFunction(h.VM().ToValue(func(goja.FunctionCall) goja.Value {
		fn()
		return goja.Undefined()
	}))
	h.NextTick(f)
}

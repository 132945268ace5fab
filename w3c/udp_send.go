package w3c

import (
	"net/netip"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/dns"
	"github.com/nodeshim/nodeshim/core/udp"
)

// outbox holds, in call order, the datagrams and setPeer calls that wait
// for a host name to resolve, and everything after them, so that datagrams
// leave in the order send() was called.
type outbox struct {
	items        []outItem
	bytes        int
	cancelLookup func() // the lookup in progress, if any
}

// outItem is a datagram to send, or (connect set) a setPeer to apply; an
// empty host means the peer.
type outItem struct {
	data    []byte
	host    string
	port    int
	connect bool
}

// cancel drops what waits (the socket is closing).
func (o *outbox) cancel() {
	if o.cancelLookup != nil {
		o.cancelLookup()
	}
	*o = outbox{}
}

// send implements UDPSocket's send(data, [address, port]).
func (u *udpSock) send(c ctx, data []byte, args []goja.Value) {
	r := u.r
	addrV, portV := arg(args, 0), arg(args, 1)
	if isNullish(addrV) {
		if u.peerStr == "" {
			panic(r.typeError(c, "A remote address and port are required: the socket has no peer."))
		}
		u.enqueue(outItem{data: data})
		return
	}
	host := r.toDOMString(c, addrV)
	if !validHost(host) {
		panic(r.domError(c, "SyntaxError", "'"+host+"' is not a valid address."))
	}
	if isAbsent(portV) {
		panic(r.typeError(c, "A remote port is required with a remote address."))
	}
	port := r.port(c, "remotePort", portV)
	if u.peerStr != "" {
		panic(r.domError(c, "InvalidAccessError", "The socket has a peer: send(data) takes no address."))
	}
	u.enqueue(outItem{data: data, host: bareHost(host), port: port})
}

// setPeer implements setPeer(address, port); setPeer(null) disconnects.
func (u *udpSock) setPeer(args []goja.Value) {
	r := u.r
	c := executing("setPeer", "UDPSocket")
	r.requireArgs(c, args, 1)
	u.mustBeBound(c)
	if isNullish(args[0]) {
		u.peerStr = ""
		u.enqueue(outItem{connect: true})
		return
	}
	host := r.toDOMString(c, args[0])
	if !validHost(host) {
		panic(r.domError(c, "SyntaxError", "'"+host+"' is not a valid address."))
	}
	if isAbsent(arg(args, 1)) {
		panic(r.typeError(c, "A remote port is required with a remote address."))
	}
	u.connect(host, r.port(c, "remotePort", args[1]))
}

// connect makes host:port the peer, now for an address and once resolved
// for a name.
func (u *udpSock) connect(host string, port int) {
	u.peerStr = hostPort(host, port)
	u.enqueue(outItem{connect: true, host: bareHost(host), port: port})
}

// enqueue carries out item now if nothing waits and it needs no lookup,
// and otherwise queues it.
func (u *udpSock) enqueue(item outItem) {
	if len(u.out.items) == 0 {
		if ap, ok := u.literal(item.host, item.port); ok {
			u.carryOut(item, ap)
			return
		}
	}
	u.out.items = append(u.out.items, item)
	u.out.bytes += len(item.data)
	u.pump()
}

// literal resolves what needs no lookup: the peer (an empty host), an IP
// literal and localhost, in the socket's family (an IPv4 address in
// IPv4-mapped form for an IPv6 socket).
func (u *udpSock) literal(host string, port int) (netip.AddrPort, bool) {
	if host == "" {
		return netip.AddrPort{}, true
	}
	v6 := u.u.Family() == udp.IPv6
	ip, ok := parseIP(host)
	if host == "localhost" {
		ip, ok = netip.AddrFrom4([4]byte{127, 0, 0, 1}), true
		if v6 {
			ip = netip.IPv6Loopback()
		}
	}
	if !ok {
		return netip.AddrPort{}, false
	}
	if v6 && ip.Is4() {
		ip = netip.AddrFrom16(ip.As16())
	}
	return netip.AddrPortFrom(ip, uint16(port)), true
}

// carryOut sends a datagram or applies a setPeer. The peer is kept here
// rather than with connect(2): disconnecting a socket bound to port 0 would
// lose its port on Linux, and a UDPSocket keeps the port it was bound to.
// Datagrams from others are dropped in onMessage instead. A send's failure
// comes as an error event (core/udp's OnError).
func (u *udpSock) carryOut(item outItem, to netip.AddrPort) {
	switch {
	case u.closed():
	case item.connect:
		u.peer = to
	default:
		if item.host == "" {
			to = u.peer
		}
		_ = u.u.Send(item.data, to, nil) // fails only on a closed socket
	}
}

// pump carries out the queued items in order, starting a lookup for the
// first one that names a host.
func (u *udpSock) pump() {
	for len(u.out.items) > 0 && u.out.cancelLookup == nil && !u.closed() {
		item := u.out.items[0]
		if ap, ok := u.literal(item.host, item.port); ok {
			u.pop()
			u.carryOut(item, ap)
			continue
		}
		family := 4
		if u.u.Family() == udp.IPv6 {
			family = 6
		}
		u.out.cancelLookup = dns.Lookup(u.r.loop, nil, item.host, family, func(addrs []netip.Addr, err error) {
			u.out.cancelLookup = nil
			u.pop()
			if err == nil {
				ip := addrs[0]
				if family == 6 && ip.Is4() {
					ip = netip.AddrFrom16(ip.As16())
				}
				u.carryOut(item, netip.AddrPortFrom(ip, uint16(item.port)))
			} else {
				u.open()
				u.s.fireError(err)
			}
			u.pump()
			u.s.drained()
		})
	}
}

// pop removes the first queued item.
func (u *udpSock) pop() {
	u.out.bytes -= len(u.out.items[0].data)
	u.out.items[0] = outItem{}
	u.out.items = u.out.items[1:]
}

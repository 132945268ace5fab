package udp

import "net/netip"

// Family is an address family: IPv4 or IPv6.
type Family int

// The address families a socket can have.
const (
	IPv4 Family = 4
	IPv6 Family = 6
)

// Config says how Open creates and binds a socket. The zero value binds an
// IPv4 socket to a free port on all interfaces.
type Config struct {
	// Family is the socket's address family. When zero it is taken from
	// Address, and is IPv4 when Address is not set either.
	Family Family
	// Address is the local address to bind; the zero Addr means all
	// interfaces ("0.0.0.0" or "::"). A link-local IPv6 address needs its
	// interface as the zone.
	Address netip.Addr
	// Port is the local port; 0 picks a free one.
	Port int
	// ReuseAddr sets SO_REUSEADDR before binding, so that several sockets can
	// bind the same multicast port (Node's reuseAddr, W3C addressReuse).
	ReuseAddr bool
	// ReusePort sets SO_REUSEPORT before binding: the kernel then balances
	// unicast datagrams across the sockets bound to the same address.
	ReusePort bool
	// IPv6Only makes an IPv6 socket refuse IPv4 traffic (IPV6_V6ONLY). An
	// IPv6 socket without it is dual-stack, whatever the system default.
	IPv6Only bool
	// Broadcast sets SO_BROADCAST. Unlike Go's net package, and like Node,
	// sockets do not broadcast unless asked.
	Broadcast bool
	// RecvBufferSize and SendBufferSize, when positive, set SO_RCVBUF and
	// SO_SNDBUF (the kernel doubles the value it is given).
	RecvBufferSize int
	SendBufferSize int
}

// family resolves the socket's family from the configuration.
func (c *Config) family() Family {
	switch {
	case c.Family != 0:
		return c.Family
	case c.Address.Is6():
		return IPv6
	default:
		return IPv4
	}
}

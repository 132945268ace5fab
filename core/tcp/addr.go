package tcp

import (
	"net"
	"net/netip"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// Addr is one end of a connection or a listener: an IP address and port, or
// the path of a Unix-domain socket.
type Addr struct {
	// AddrPort is the IP end; it is the zero value for Unix-domain sockets.
	AddrPort netip.AddrPort
	// Path is the Unix-domain socket path ("" for TCP, and for the unnamed
	// client end of a Unix-domain connection).
	Path string
}

// IsUnix reports whether the address is a Unix-domain socket's.
func (a Addr) IsUnix() bool {
	return !a.AddrPort.IsValid()
}

// Address returns the IP address as Node prints it ("127.0.0.1", "::1",
// "::ffff:127.0.0.1", "fe80::1%eth0"), or the Unix-domain path.
func (a Addr) Address() string {
	if a.IsUnix() {
		return a.Path
	}
	return a.AddrPort.Addr().String()
}

// Port returns the port, 0 for Unix-domain sockets.
func (a Addr) Port() int {
	return int(a.AddrPort.Port())
}

// Family returns "IPv4" or "IPv6" as Node's address() does (an IPv4-mapped
// IPv6 address is "IPv6"), or "" for Unix-domain sockets.
func (a Addr) Family() string {
	switch {
	case a.IsUnix():
		return ""
	case a.AddrPort.Addr().Is4():
		return "IPv4"
	default:
		return "IPv6"
	}
}

// String returns "127.0.0.1:80", "[::1]:80" or the Unix-domain path.
func (a Addr) String() string {
	if a.IsUnix() {
		return a.Path
	}
	return a.AddrPort.String()
}

// netAddr converts the address for APIs that want a net.Addr.
func (a Addr) netAddr() net.Addr {
	if a.IsUnix() {
		return &net.UnixAddr{Name: a.Path, Net: "unix"}
	}
	return net.TCPAddrFromAddrPort(a.AddrPort)
}

// fromSockaddr converts a kernel socket address.
func fromSockaddr(sa unix.Sockaddr) Addr {
	switch sa := sa.(type) {
	case *unix.SockaddrInet4:
		return Addr{AddrPort: netip.AddrPortFrom(netip.AddrFrom4(sa.Addr), uint16(sa.Port))}
	case *unix.SockaddrInet6:
		ip := netip.AddrFrom16(sa.Addr)
		if sa.ZoneId != 0 {
			ip = ip.WithZone(zoneName(sa.ZoneId))
		}
		return Addr{AddrPort: netip.AddrPortFrom(ip, uint16(sa.Port))}
	case *unix.SockaddrUnix:
		// x/sys/unix shows the leading NUL of an abstract name as "@", and an
		// unnamed socket as "@" alone; Node writes abstract names with the NUL.
		switch {
		case sa.Name == "@":
			return Addr{}
		case strings.HasPrefix(sa.Name, "@"):
			return Addr{Path: "\x00" + sa.Name[1:]}
		}
		return Addr{Path: sa.Name}
	}
	return Addr{}
}

// toSockaddr converts an IP end to a kernel socket address and its family.
func toSockaddr(ap netip.AddrPort) (unix.Sockaddr, int) {
	ip := ap.Addr()
	if ip.Is4() {
		return &unix.SockaddrInet4{Addr: ip.As4(), Port: int(ap.Port())}, unix.AF_INET
	}
	return &unix.SockaddrInet6{Addr: ip.As16(), Port: int(ap.Port()), ZoneId: zoneID(ip.Zone())}, unix.AF_INET6
}

// zoneName names an IPv6 scope by its interface, or by number when the
// interface is unknown.
func zoneName(id uint32) string {
	if ifi, err := net.InterfaceByIndex(int(id)); err == nil {
		return ifi.Name
	}
	return strconv.FormatUint(uint64(id), 10)
}

// zoneID resolves an IPv6 zone given as an interface name or a number.
func zoneID(zone string) uint32 {
	if zone == "" {
		return 0
	}
	if ifi, err := net.InterfaceByName(zone); err == nil {
		return uint32(ifi.Index)
	}
	n, _ := strconv.ParseUint(zone, 10, 32)
	return uint32(n)
}

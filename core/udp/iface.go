package udp

import (
	"net/netip"
	"strconv"
)

// Interface selects a network interface for multicast: by Index, by Name, or
// (for IPv4) by Addr, one of its addresses. The zero value lets the kernel
// choose. When several fields are set, Index wins over Name, and an IPv4
// operation passes Addr along with the index.
type Interface struct {
	Index int
	Name  string
	Addr  netip.Addr
}

// IsZero reports whether the interface is left to the kernel.
func (i Interface) IsZero() bool {
	return i.Index == 0 && i.Name == "" && !i.Addr.IsValid()
}

// ParseInterface reads an interface as the façades spell it: "" or an
// unspecified address ("0.0.0.0", "::") for the kernel's choice, an address
// ("10.0.0.1"), an IPv6 address whose zone names the interface ("::%eth0",
// "fe80::1%2"; the address part of "::%eth0" is ignored, as in Node), or a bare
// interface name ("eth0").
func ParseInterface(s string) Interface {
	addr, err := netip.ParseAddr(s)
	if err != nil {
		return Interface{Name: s}
	}
	var ifc Interface
	if zone := addr.Zone(); zone != "" {
		if n, err := strconv.Atoi(zone); err == nil && n > 0 {
			ifc.Index = n
		} else {
			ifc.Name = zone
		}
		addr = addr.WithZone("")
	}
	if !addr.IsUnspecified() {
		ifc.Addr = addr
	}
	return ifc
}

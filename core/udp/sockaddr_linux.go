package udp

import (
	"net/netip"
	"strconv"
	"unsafe"

	"golang.org/x/sys/unix"
)

// The socket's addresses travel as unix.RawSockaddrInet6, which has room for
// a sockaddr_in as well. Ports are in network byte order in both.

// htons converts a port to and from network byte order.
func htons(p uint16) uint16 {
	b := (*[2]byte)(unsafe.Pointer(&p))
	return uint16(b[0])<<8 | uint16(b[1])
}

// checkAddr reports whether addr belongs to the socket's family: IPv4
// sockets take IPv4 addresses only, IPv6 sockets IPv6 ones (IPv4-mapped
// included), as Node does.
func (s *Socket) checkAddr(addr netip.Addr) bool {
	if s.family == IPv4 {
		return addr.Is4()
	}
	return addr.Is6()
}

// encodeAddr writes ap into sa and returns the length to pass to the kernel.
// An IPv6 zone becomes the scope id; ok is false when ap does not suit the
// socket or names an unknown interface.
func (s *Socket) encodeAddr(ap netip.AddrPort, sa *unix.RawSockaddrInet6) (salen uint32, ok bool) {
	addr := ap.Addr()
	if !s.checkAddr(addr) {
		return 0, false
	}
	if s.family == IPv4 {
		sa4 := (*unix.RawSockaddrInet4)(unsafe.Pointer(sa))
		*sa4 = unix.RawSockaddrInet4{Family: unix.AF_INET, Port: htons(ap.Port()), Addr: addr.As4()}
		return unix.SizeofSockaddrInet4, true
	}
	*sa = unix.RawSockaddrInet6{Family: unix.AF_INET6, Port: htons(ap.Port()), Addr: addr.As16()}
	if zone := addr.Zone(); zone != "" {
		index, err := s.zoneIndex(zone)
		if err != nil {
			return 0, false
		}
		sa.Scope_id = uint32(index)
	}
	return unix.SizeofSockaddrInet6, true
}

// zoneIndex resolves an IPv6 zone, an interface name or index, to an index.
func (s *Socket) zoneIndex(zone string) (int, error) {
	if n, err := strconv.Atoi(zone); err == nil && n >= 0 {
		return n, nil
	}
	return s.ifIndexByName(zone)
}

// decodeAddr reads the address the kernel wrote into sa; link-local IPv6
// addresses get their interface's name as the zone.
func (s *Socket) decodeAddr(sa *unix.RawSockaddrInet6) netip.AddrPort {
	if sa.Family == unix.AF_INET {
		sa4 := (*unix.RawSockaddrInet4)(unsafe.Pointer(sa))
		return netip.AddrPortFrom(netip.AddrFrom4(sa4.Addr), htons(sa4.Port))
	}
	addr := netip.AddrFrom16(sa.Addr)
	if sa.Scope_id != 0 {
		zone := s.ifName(int(sa.Scope_id))
		if zone == "" {
			zone = strconv.Itoa(int(sa.Scope_id))
		}
		addr = addr.WithZone(zone)
	}
	return netip.AddrPortFrom(addr, htons(sa.Port))
}

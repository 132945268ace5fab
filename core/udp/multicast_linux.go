package udp

import (
	"net/netip"
	"slices"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/nodeshim/nodeshim/core/sockerr"
)

// Memberships are set with raw setsockopt calls rather than through
// golang.org/x/net/ipv4 and ipv6: those packages reach the descriptor only
// through a net.PacketConn, and these sockets deliberately have none (their
// data must stay out of Go's netpoller).

// ipMreqSource is the kernel's struct ip_mreq_source.
type ipMreqSource struct {
	Multiaddr  [4]byte
	Interface  [4]byte
	Sourceaddr [4]byte
}

// sizeofSockaddrStorage is the size of the kernel's struct sockaddr_storage.
const sizeofSockaddrStorage = 128

// groupSourceReq is the kernel's struct group_source_req (RFC 3678), whose
// sockaddr_storage members are aligned like a pointer.
type groupSourceReq struct {
	Interface uint32
	_         [unsafe.Sizeof(uintptr(0)) - 4]byte
	Group     [sizeofSockaddrStorage]byte
	Source    [sizeofSockaddrStorage]byte
}

// putSockaddr writes addr, with port 0, into a sockaddr_storage.
func putSockaddr(dst []byte, addr netip.Addr) {
	if addr.Is4() {
		*(*unix.RawSockaddrInet4)(unsafe.Pointer(&dst[0])) = unix.RawSockaddrInet4{Family: unix.AF_INET, Addr: addr.As4()}
		return
	}
	*(*unix.RawSockaddrInet6)(unsafe.Pointer(&dst[0])) = unix.RawSockaddrInet6{Family: unix.AF_INET6, Addr: addr.As16()}
}

// Join joins a multicast group, any-source or source-specific, on
// m.Interface (the kernel's choice when zero). An IPv4 group uses IPv4
// options even on a dual-stack IPv6 socket, as libuv does; an IPv4-mapped
// group is taken as IPv4. IPv6 interfaces are chosen by index or name only.
func (s *Socket) Join(m Membership) error {
	m.Group = m.Group.Unmap()
	m.Source = m.Source.Unmap()
	if err := s.membership(m, true); err != nil {
		return err
	}
	s.groups = append(s.groups, m)
	return nil
}

// Leave leaves a group joined with Join; m must name the same group, source
// and interface.
func (s *Socket) Leave(m Membership) error {
	m.Group = m.Group.Unmap()
	m.Source = m.Source.Unmap()
	if err := s.membership(m, false); err != nil {
		return err
	}
	i := slices.Index(s.groups, m)
	if i < 0 { // the same interface, spelt differently
		i = slices.IndexFunc(s.groups, func(g Membership) bool { return g.Group == m.Group && g.Source == m.Source })
	}
	if i >= 0 {
		s.groups = slices.Delete(s.groups, i, i+1)
	}
	return nil
}

// Memberships returns the groups joined and not left, in joining order.
func (s *Socket) Memberships() []Membership {
	return slices.Clone(s.groups)
}

// membership makes the setsockopt call that joins or leaves.
func (s *Socket) membership(m Membership, join bool) error {
	op := m.op(join)
	if s.closed {
		return sockerr.FromErrno(op, unix.EBADF, "", 0)
	}
	v4 := m.Group.Is4()
	if !m.Group.IsValid() || m.Source.IsValid() && m.Source.Is4() != v4 ||
		v4 && m.Interface.Addr.IsValid() && !m.Interface.Addr.Is4() {
		return sockerr.FromErrno(op, unix.EINVAL, "", 0)
	}
	index, err := s.ifIndex(m.Interface)
	if err != nil {
		return wrapErr(op, err)
	}
	switch {
	case v4 && !m.Source.IsValid():
		name := pick(join, unix.IP_ADD_MEMBERSHIP, unix.IP_DROP_MEMBERSHIP)
		req := unix.IPMreqn{Multiaddr: m.Group.As4(), Ifindex: int32(index)}
		if m.Interface.Addr.IsValid() {
			req.Address = m.Interface.Addr.As4()
		}
		err = unix.SetsockoptIPMreqn(s.fd, unix.IPPROTO_IP, name, &req)
	case v4 && index == 0:
		name := pick(join, unix.IP_ADD_SOURCE_MEMBERSHIP, unix.IP_DROP_SOURCE_MEMBERSHIP)
		req := ipMreqSource{Multiaddr: m.Group.As4(), Sourceaddr: m.Source.As4()}
		if m.Interface.Addr.IsValid() {
			req.Interface = m.Interface.Addr.As4()
		}
		err = setsockoptRaw(s.fd, unix.IPPROTO_IP, name, unsafe.Pointer(&req), unsafe.Sizeof(req))
	case !m.Source.IsValid() && !v4:
		name := pick(join, unix.IPV6_ADD_MEMBERSHIP, unix.IPV6_DROP_MEMBERSHIP)
		req := unix.IPv6Mreq{Multiaddr: m.Group.As16(), Interface: uint32(index)}
		err = unix.SetsockoptIPv6Mreq(s.fd, unix.IPPROTO_IPV6, name, &req)
	default:
		level := pick(v4, unix.IPPROTO_IP, unix.IPPROTO_IPV6)
		name := pick(join, unix.MCAST_JOIN_SOURCE_GROUP, unix.MCAST_LEAVE_SOURCE_GROUP)
		req := groupSourceReq{Interface: uint32(index)}
		putSockaddr(req.Group[:], m.Group)
		putSockaddr(req.Source[:], m.Source)
		err = setsockoptRaw(s.fd, level, name, unsafe.Pointer(&req), unsafe.Sizeof(req))
	}
	return wrapErr(op, err)
}

// pick returns a if cond holds and b otherwise.
func pick(cond bool, a, b int) int {
	if cond {
		return a
	}
	return b
}

// SetMulticastInterface sets the interface multicast datagrams leave by: an
// IPv4 socket takes an index, a name or an address, an IPv6 socket an index
// or a name (a dual-stack one sets its IPv4 traffic's interface too). The
// zero Interface restores the kernel's choice.
func (s *Socket) SetMulticastInterface(ifc Interface) error {
	const op = "setMulticastInterface"
	if s.closed {
		return sockerr.FromErrno(op, unix.EBADF, "", 0)
	}
	if ifc.Addr.IsValid() && !s.checkAddr(ifc.Addr) {
		return sockerr.FromErrno(op, unix.EINVAL, "", 0)
	}
	index, err := s.ifIndex(ifc)
	if err != nil {
		return wrapErr(op, err)
	}
	if s.family == IPv6 {
		err = unix.SetsockoptInt(s.fd, unix.IPPROTO_IPV6, unix.IPV6_MULTICAST_IF, index)
		if err != nil || !s.dualStack() {
			return wrapErr(op, err)
		}
	}
	req := unix.IPMreqn{Ifindex: int32(index)}
	if ifc.Addr.Is4() {
		req.Address = ifc.Addr.As4()
	}
	return wrapErr(op, unix.SetsockoptIPMreqn(s.fd, unix.IPPROTO_IP, unix.IP_MULTICAST_IF, &req))
}

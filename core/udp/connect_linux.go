package udp

import (
	"net/netip"

	"golang.org/x/sys/unix"

	"github.com/nodeshim/nodeshim/core/sockerr"
)

// Connect associates the socket with one peer: Send then needs no address,
// and only that peer's datagrams are received. Connecting again changes the
// peer. UDP has no handshake, so Connect completes at once.
func (s *Socket) Connect(to netip.AddrPort) error {
	addr, port := to.Addr().String(), int(to.Port())
	if s.closed {
		return sockerr.FromErrno("connect", unix.EBADF, addr, port)
	}
	s.flush() // queued datagrams go out under the association they were sent with
	var sa unix.RawSockaddrInet6
	salen, ok := s.encodeAddr(to, &sa)
	if !ok {
		return sockerr.FromErrno("connect", unix.EINVAL, addr, port)
	}
	if err := connectRaw(s.fd, &sa, salen); err != nil {
		return sockerr.Wrap("connect", err, addr, port)
	}
	s.peer = to
	return nil
}

// Disconnect dissolves the association made by Connect; datagrams from any
// sender are received again. On Linux a socket bound to port 0 loses its
// port (and is given a new one by its next send), as in Node.
func (s *Socket) Disconnect() error {
	if s.closed {
		return sockerr.FromErrno("connect", unix.EBADF, "", 0)
	}
	s.flush() // as Node's synchronous connected sends would have
	sa := unix.RawSockaddrInet6{Family: unix.AF_UNSPEC}
	err := connectRaw(s.fd, &sa, unix.SizeofSockaddrInet6)
	if err != nil && err != unix.EAFNOSUPPORT { // older kernels' answer after disconnecting
		return sockerr.Wrap("connect", err, "", 0)
	}
	s.peer = netip.AddrPort{}
	return nil
}

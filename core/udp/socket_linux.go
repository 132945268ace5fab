package udp

import (
	"net/netip"

	"golang.org/x/sys/unix"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/core/sockerr"
)

// Socket is a bound UDP socket driven by a loop. Create one with Open. Its
// methods must be called on the loop's goroutine.
type Socket struct {
	l       *loop.Loop
	h       Handler
	fd      int
	family  Family
	watcher *loop.Watcher
	handle  *loop.Handle
	peer    netip.AddrPort // the connected peer; zero when not connected
	closed  bool

	// receiving
	paused      bool
	dispatching bool            // inside a read callback: sends wait for its end
	pending     fifo[Message]   // read before a Pause, delivered after Resume
	resumeTask  *loop.Immediate // delivers pending after Resume
	ifNames     map[int]string

	// sending
	queue       fifo[sendReq]
	queuedBytes int
	blocked     bool            // the kernel said EAGAIN: wait until writable
	flushTask   *loop.Immediate // a flush scheduled for the check phase
	reports     fifo[report]    // send outcomes to deliver

	groups []Membership
}

// Family returns the socket's address family.
func (s *Socket) Family() Family {
	return s.family
}

// LocalAddr returns the address and port the socket is bound to. While
// connected, an unspecified bound address reads as the local address used
// toward the peer, as the kernel reports it.
func (s *Socket) LocalAddr() (netip.AddrPort, error) {
	if s.closed {
		return netip.AddrPort{}, sockerr.FromErrno("getsockname", unix.EBADF, "", 0)
	}
	sa, err := unix.Getsockname(s.fd)
	if err != nil {
		return netip.AddrPort{}, sockerr.Wrap("getsockname", err, "", 0)
	}
	switch sa := sa.(type) {
	case *unix.SockaddrInet4:
		return netip.AddrPortFrom(netip.AddrFrom4(sa.Addr), uint16(sa.Port)), nil
	case *unix.SockaddrInet6:
		return netip.AddrPortFrom(netip.AddrFrom16(sa.Addr), uint16(sa.Port)), nil
	}
	return netip.AddrPort{}, sockerr.FromErrno("getsockname", unix.EAFNOSUPPORT, "", 0)
}

// RemoteAddr returns the connected peer, or the zero AddrPort when the
// socket is not connected.
func (s *Socket) RemoteAddr() netip.AddrPort {
	return s.peer
}

// Ref makes the open socket keep the loop alive (the default).
func (s *Socket) Ref() { s.handle.Ref() }

// Unref lets the loop exit while the socket is open.
func (s *Socket) Unref() { s.handle.Unref() }

// HasRef reports whether the socket keeps the loop alive.
func (s *Socket) HasRef() bool { return s.handle.HasRef() }

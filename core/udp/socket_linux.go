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

// Open creates a non-blocking UDP socket, applies cfg, binds it and starts
// reading. The socket holds a referenced loop Handle until it is closed.
// Errors name the failing step ("socket", "bind", ...).
func Open(l *loop.Loop, cfg Config, h Handler) (*Socket, error) {
	s := &Socket{l: l, h: h, fd: -1, family: cfg.family()}
	if err := s.open(&cfg); err != nil {
		if s.fd >= 0 {
			unix.Close(s.fd)
		}
		return nil, err
	}
	s.handle = l.NewHandle()
	return s, nil
}

// open does Open's work; on error the caller closes the descriptor.
func (s *Socket) open(cfg *Config) error {
	domain := unix.AF_INET
	if s.family == IPv6 {
		domain = unix.AF_INET6
	} else if s.family != IPv4 {
		return sockerr.FromErrno("socket", unix.EAFNOSUPPORT, "", 0)
	}
	addr := cfg.Address
	if !addr.IsValid() {
		addr = netip.IPv4Unspecified()
		if s.family == IPv6 {
			addr = netip.IPv6Unspecified()
		}
	}
	if cfg.Port < 0 || cfg.Port > 0xffff {
		return sockerr.FromErrno("bind", unix.EINVAL, addr.String(), cfg.Port)
	}
	fd, err := unix.Socket(domain, unix.SOCK_DGRAM|unix.SOCK_NONBLOCK|unix.SOCK_CLOEXEC, 0)
	if err != nil {
		return sockerr.Wrap("socket", err, "", 0)
	}
	s.fd = fd
	if err := s.applyConfig(cfg); err != nil {
		return err
	}
	var sa unix.RawSockaddrInet6
	salen, ok := s.encodeAddr(netip.AddrPortFrom(addr, uint16(cfg.Port)), &sa)
	if !ok {
		return sockerr.FromErrno("bind", unix.EINVAL, addr.String(), cfg.Port)
	}
	if err := bindRaw(fd, &sa, salen); err != nil {
		return sockerr.Wrap("bind", err, addr.String(), cfg.Port)
	}
	w, err := s.l.Watch(fd, loop.Readable, s.onEvents)
	if err != nil {
		return sockerr.Wrap("epoll_ctl", err, "", 0)
	}
	s.watcher = w
	return nil
}

// applyConfig sets the options that must precede bind, the destination
// information every datagram reports, and the optional ones of cfg.
func (s *Socket) applyConfig(cfg *Config) error {
	type opt struct {
		on          bool
		level, name int
		value       int
	}
	opts := []opt{
		{cfg.ReuseAddr, unix.SOL_SOCKET, unix.SO_REUSEADDR, 1},
		{cfg.ReusePort, unix.SOL_SOCKET, unix.SO_REUSEPORT, 1},
		{cfg.Broadcast, unix.SOL_SOCKET, unix.SO_BROADCAST, 1},
		{cfg.RecvBufferSize > 0, unix.SOL_SOCKET, unix.SO_RCVBUF, cfg.RecvBufferSize},
		{cfg.SendBufferSize > 0, unix.SOL_SOCKET, unix.SO_SNDBUF, cfg.SendBufferSize},
		{s.family == IPv4 || !cfg.IPv6Only, unix.IPPROTO_IP, unix.IP_PKTINFO, 1},
	}
	if s.family == IPv6 {
		opts = append(opts,
			opt{true, unix.IPPROTO_IPV6, unix.IPV6_V6ONLY, boolInt(cfg.IPv6Only)},
			opt{true, unix.IPPROTO_IPV6, unix.IPV6_RECVPKTINFO, 1})
	}
	for _, o := range opts {
		if !o.on {
			continue
		}
		if err := unix.SetsockoptInt(s.fd, o.level, o.name, o.value); err != nil {
			return sockerr.Wrap("setsockopt", err, "", 0)
		}
	}
	return nil
}

// boolInt is 1 for true and 0 for false, as socket options want.
func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
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

// onEvents is the socket's epoll callback.
func (s *Socket) onEvents(ev loop.Events) {
	if ev&loop.Writable != 0 && s.blocked {
		s.blocked = false
		s.flushAndReport()
	}
	if s.closed {
		return
	}
	switch {
	case ev&(loop.Readable|loop.Failure) == 0:
	case !s.paused:
		s.read()
	case ev&loop.Failure != 0:
		s.reportPendingError()
	}
	s.updateInterest()
}

// updateInterest registers for readability unless paused and for
// writability while the kernel's send buffer is full.
func (s *Socket) updateInterest() {
	if s.closed {
		return
	}
	var ev loop.Events
	if !s.paused {
		ev |= loop.Readable
	}
	if s.blocked {
		ev |= loop.Writable
	}
	if err := s.watcher.Modify(ev); err != nil {
		s.fail(sockerr.Wrap("epoll_ctl", err, "", 0))
	}
}

// fail reports an error that leaves the socket open.
func (s *Socket) fail(err *sockerr.Error) {
	if s.h.OnError != nil {
		s.h.OnError(err)
	}
}

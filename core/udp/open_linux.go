package udp

import (
	"net/netip"

	"golang.org/x/sys/unix"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/core/sockerr"
)

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

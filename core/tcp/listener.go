package tcp

import (
	"net/netip"
	"os"
	"strconv"
	"time"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/core/sockerr"
	"golang.org/x/sys/unix"
)

// DefaultBacklog is the listen backlog when none is given (Node's 511).
const DefaultBacklog = 511

// acceptBudget is how many connections one readiness event may accept
// before the listener yields to other work; the listener is level-triggered,
// so the rest are accepted on the next loop iteration.
const acceptBudget = 64

// acceptBackoff is how long a listener stops accepting after the process
// ran out of file descriptors, so that it does not spin on the error.
const acceptBackoff = 100 * time.Millisecond

// ListenOptions says where and how to listen.
type ListenOptions struct {
	// Host is an IP literal; "" listens on every interface, dual-stack on
	// "::" where IPv6 is available and on "0.0.0.0" otherwise. Resolve names
	// first (package dns).
	Host string
	Port int
	// Path, when set, listens on a Unix-domain socket at that path instead;
	// the file is removed when the listener closes.
	Path string
	// Backlog is the kernel's queue of connections not yet accepted;
	// DefaultBacklog when 0.
	Backlog int
	// DisableReuseAddr leaves SO_REUSEADDR off; by default TCP listeners set
	// it, as libuv always does.
	DisableReuseAddr bool
	// ReusePort sets SO_REUSEPORT, letting several sockets listen on one
	// port.
	ReusePort bool
	// IPv6Only makes an IPv6 listener refuse IPv4 connections.
	IPv6Only bool
	// NoDelay, KeepAlive and KeepAliveDelay are applied to every accepted
	// connection (Node's net.createServer options).
	NoDelay        bool
	KeepAlive      bool
	KeepAliveDelay time.Duration
}

// ListenerHandler receives a listener's events, on the loop's goroutine.
type ListenerHandler interface {
	// OnConnection hands over an accepted connection, open and with no
	// handler yet: set one before returning (or Pause it first, for Node's
	// pauseOnConnect).
	OnConnection(c *Conn)
	// OnError reports a failed accept (EMFILE, ENFILE ...). The listener
	// keeps listening.
	OnError(err error)
}

// Listener accepts stream connections (TCP or Unix-domain) on the loop. Its
// methods must be called on the loop's goroutine.
type Listener struct {
	l       *loop.Loop
	handle  *loop.Handle
	w       *loop.Watcher
	fd      int
	family  int
	h       ListenerHandler
	addr    Addr
	opts    ListenOptions
	paused  bool
	closed  bool
	count   int
	backoff *loop.Timer
}

// Listen creates a listening socket, registered with the loop, and returns
// it. Failures are *sockerr.Error with syscall "listen" (EADDRINUSE,
// EACCES, EADDRNOTAVAIL ...), as Node reports them.
func Listen(l *loop.Loop, opts ListenOptions, h ListenerHandler) (*Listener, error) {
	fd, family, addr, err := listenSocket(opts)
	if err != nil {
		return nil, err
	}
	ln := &Listener{l: l, fd: fd, family: family, h: h, addr: addr, opts: opts}
	w, err := l.Watch(fd, loop.Readable, ln.onEvents)
	if err != nil {
		unix.Close(fd)
		return nil, sockerr.Wrap("epoll_ctl", err, "", 0)
	}
	ln.w = w
	ln.handle = l.NewHandle()
	return ln, nil
}

// listenSocket creates, configures, binds and listens.
func listenSocket(opts ListenOptions) (fd, family int, addr Addr, err error) {
	backlog := opts.Backlog
	if backlog <= 0 {
		backlog = DefaultBacklog
	}
	if opts.Path != "" {
		fd, err = sysSocket(unix.AF_UNIX)
		if err == nil {
			err = bindListen(fd, &unix.SockaddrUnix{Name: opts.Path}, backlog)
		}
		if err != nil {
			return -1, 0, Addr{}, listenError(fd, err, opts.Path, "")
		}
		return fd, unix.AF_UNIX, Addr{Path: opts.Path}, nil
	}
	ip, err := listenAddr(opts.Host)
	if err != nil {
		return -1, 0, Addr{}, sockerr.FromErrno("listen", unix.EINVAL, opts.Host, opts.Port)
	}
	fd, family, err = tcpListenSocket(ip, opts, backlog)
	if err != nil && opts.Host == "" && family == unix.AF_INET6 && err == unix.EAFNOSUPPORT {
		ip = netip.IPv4Unspecified()
		fd, family, err = tcpListenSocket(ip, opts, backlog)
	}
	if err != nil {
		return -1, 0, Addr{}, listenError(fd, err, ip.String(), strconv.Itoa(opts.Port))
	}
	sa, err := unix.Getsockname(fd)
	if err != nil {
		return -1, 0, Addr{}, listenError(fd, err, ip.String(), strconv.Itoa(opts.Port))
	}
	return fd, family, fromSockaddr(sa), nil
}

// listenAddr parses the host to listen on; "" is IPv6's any address.
func listenAddr(host string) (netip.Addr, error) {
	if host == "" {
		return netip.IPv6Unspecified(), nil
	}
	return netip.ParseAddr(host)
}

// tcpListenSocket makes a listening TCP socket on ip. The family is returned
// even on failure.
func tcpListenSocket(ip netip.Addr, opts ListenOptions, backlog int) (int, int, error) {
	sa, family := toSockaddr(netip.AddrPortFrom(ip, uint16(opts.Port)))
	fd, err := sysSocket(family)
	if err != nil {
		return -1, family, err
	}
	set := func(level, opt, v int) {
		if err == nil {
			err = unix.SetsockoptInt(fd, level, opt, v)
		}
	}
	if !opts.DisableReuseAddr {
		set(unix.SOL_SOCKET, unix.SO_REUSEADDR, 1)
	}
	if opts.ReusePort {
		set(unix.SOL_SOCKET, unix.SO_REUSEPORT, 1)
	}
	if family == unix.AF_INET6 {
		set(unix.IPPROTO_IPV6, unix.IPV6_V6ONLY, boolInt(opts.IPv6Only))
	}
	if err == nil {
		err = bindListen(fd, sa, backlog)
	}
	return fd, family, err
}

func bindListen(fd int, sa unix.Sockaddr, backlog int) error {
	if err := unix.Bind(fd, sa); err != nil {
		return err
	}
	return unix.Listen(fd, backlog)
}

// listenError closes the socket, if any, and reports err as Node does:
// "listen EADDRINUSE: address already in use 127.0.0.1:80" (port is "" for
// a Unix-domain path).
func listenError(fd int, err error, address, port string) error {
	if fd >= 0 {
		unix.Close(fd)
	}
	p, _ := strconv.Atoi(port)
	e := sockerr.Wrap("listen", err, address, p)
	if errno, ok := err.(unix.Errno); ok {
		e.Message = "listen " + e.Code + ": " + errno.Error() + " " + address
		if port != "" {
			e.Message += ":" + port
		}
	}
	return e
}

// Addr returns the address the listener is bound to, with the port the
// kernel chose when 0 was asked.
func (ln *Listener) Addr() Addr { return ln.addr }

// ConnectionCount returns how many accepted connections are still open.
func (ln *Listener) ConnectionCount() int { return ln.count }

// Ref makes the open listener keep the loop alive (the default).
func (ln *Listener) Ref() { ln.handle.Ref() }

// Unref lets the loop exit while the listener is open.
func (ln *Listener) Unref() { ln.handle.Unref() }

// HasRef reports whether the listener keeps the loop alive.
func (ln *Listener) HasRef() bool { return ln.handle.HasRef() }

// Pause stops accepting; connections wait in the kernel's backlog.
func (ln *Listener) Pause() {
	if ln.closed || ln.paused {
		return
	}
	ln.paused = true
	ln.setInterest()
}

// Resume accepts again after Pause.
func (ln *Listener) Resume() {
	if ln.closed || !ln.paused {
		return
	}
	ln.paused = false
	ln.setInterest()
}

func (ln *Listener) setInterest() {
	var events loop.Events
	if !ln.paused && (ln.backoff == nil || !ln.backoff.Active()) {
		events = loop.Readable
	}
	if err := ln.w.Modify(events); err != nil {
		ln.h.OnError(sockerr.Wrap("epoll_ctl", err, "", 0))
	}
}

// Close stops listening and closes the socket (removing a Unix-domain
// socket's file). Accepted connections stay open. It reports the error of
// closing the socket, if any.
func (ln *Listener) Close() error {
	if ln.closed {
		return nil
	}
	ln.closed = true
	if ln.backoff != nil {
		ln.backoff.Stop()
	}
	_ = ln.w.Close()
	err := unix.Close(ln.fd)
	if ln.family == unix.AF_UNIX {
		_ = os.Remove(ln.addr.Path)
	}
	ln.handle.Close()
	return err
}

// onEvents accepts pending connections, up to the budget.
func (ln *Listener) onEvents(loop.Events) {
	for range acceptBudget {
		if ln.closed || ln.paused {
			return
		}
		fd, remote, err := sysAccept(ln.fd)
		switch err {
		case nil:
			ln.accepted(fd, remote)
		case unix.EAGAIN, unix.ECONNABORTED, unix.EPROTO:
			return
		case unix.EMFILE, unix.ENFILE, unix.ENOBUFS, unix.ENOMEM:
			ln.backOff()
			ln.h.OnError(sockerr.Wrap("accept", err, "", 0))
			return
		default:
			ln.h.OnError(sockerr.Wrap("accept", err, "", 0))
			return
		}
	}
}

// accepted wraps an accepted socket and hands it over.
func (ln *Listener) accepted(fd int, remote Addr) {
	c, err := newConn(ln.l, fd, ln.family, remote)
	if err == nil && ln.family != unix.AF_UNIX {
		o := sockOpts{}
		if ln.opts.NoDelay {
			o.noDelay = &ln.opts.NoDelay
			c.noDelay = true
		}
		if ln.opts.KeepAlive {
			o.keepAlive = &keepAlive{on: true, delay: ln.opts.KeepAliveDelay}
		}
		err = o.apply(fd, true)
		if err != nil {
			c.shut(nil, nil)
		}
	}
	if err != nil {
		if c == nil {
			unix.Close(fd)
		}
		ln.h.OnError(err)
		return
	}
	if ln.family == unix.AF_UNIX {
		c.local, c.localKnown = ln.addr, true
	}
	c.ln = ln
	ln.count++
	ln.h.OnConnection(c)
}

// backOff stops accepting for a while after running out of descriptors.
func (ln *Listener) backOff() {
	if ln.backoff == nil {
		ln.backoff = ln.l.NewTimer(acceptBackoff, ln.setInterest)
		ln.backoff.Unref()
	} else {
		ln.backoff.Reset(acceptBackoff)
	}
	ln.setInterest()
}

package tcp

import (
	"net/netip"
	"time"

	"github.com/nodeshim/nodeshim/core/dns"
	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/core/sockerr"
	"golang.org/x/sys/unix"
)

// DefaultAttemptTimeout is how long one address may take to connect before
// the next is tried when a name resolves to several (Node's
// autoSelectFamilyAttemptTimeout).
const DefaultAttemptTimeout = 250 * time.Millisecond

// DialOptions says where and how to connect.
type DialOptions struct {
	// Host is a host name or an IP literal; "" means "localhost".
	Host string
	Port int
	// Path, when set, connects to a Unix-domain socket instead of Host/Port.
	Path string
	// Family restricts name resolution to IPv4 (4) or IPv6 (6); 0 accepts
	// both and tries the addresses alternating between the families, each
	// for at most AttemptTimeout, until one connects (Node's
	// autoSelectFamily).
	Family int
	// AttemptTimeout bounds each attempt when more addresses remain;
	// DefaultAttemptTimeout when 0.
	AttemptTimeout time.Duration
	// LocalAddress and LocalPort bind the local end before connecting.
	LocalAddress string
	LocalPort    int
	// Timeout bounds the whole dial, lookup included; it fails with
	// ETIMEDOUT. 0 means no limit but the system's.
	Timeout time.Duration
	// NoDelay, KeepAlive and KeepAliveDelay are applied once connected
	// (see SetNoDelay and SetKeepAlive).
	NoDelay        bool
	KeepAlive      bool
	KeepAliveDelay time.Duration
	// Resolve resolves Host; dns.GoResolver when nil.
	Resolve dns.Resolver
	// OnLookup, if set, is called on the loop with the resolved addresses
	// before the first attempt (Node's 'lookup' event).
	OnLookup func(addrs []netip.Addr)
	// Prompt makes Dial start connecting to an address literal at once,
	// instead of from a later loop task as a name's lookup answers. By
	// default a connection destroyed in the task that dialed it never
	// reaches the network; a caller that has let a task pass already
	// (Node's net, which connects on the next tick) spares the second.
	// Ignored with OnLookup.
	Prompt bool
}

// dialer is the state of a connection being established.
type dialer struct {
	c         *Conn
	opts      DialOptions
	onConnect func(error)

	cancelLookup func()
	addrs        []netip.Addr
	one          [1]netip.Addr // addrs of an address literal
	next         int
	lastErr      error
	timer        *loop.Timer // the whole dial
	attempt      *loop.Timer // the current address
}

// Dial starts connecting and returns the connection at once, in the
// connecting state: set its handler, and write to it if you like (writes are
// queued until connected). onConnect runs on the loop from a later task: with
// nil once connected, before any other event; or with the error (an
// *sockerr.Error: ENOTFOUND, ECONNREFUSED, ETIMEDOUT ...) after which the
// connection is closed and OnClose(true) follows. A connection destroyed
// while connecting never calls onConnect.
func Dial(l *loop.Loop, opts DialOptions, onConnect func(error)) *Conn {
	c := &Conn{l: l, handle: l.NewHandle(), fd: -1, h: nopHandler{}, st: stateConnecting}
	d := &dialer{c: c, opts: opts, onConnect: onConnect}
	c.dial = d
	if opts.NoDelay {
		c.pendingOpts().noDelay = &opts.NoDelay
	}
	if opts.KeepAlive {
		c.pendingOpts().keepAlive = &keepAlive{on: true, delay: opts.KeepAliveDelay}
	}
	if opts.Timeout > 0 {
		// From the call, not from when this loop iteration began: a script
		// that worked synchronously for a while still gets its whole timeout.
		d.timer = l.NewTimer(opts.Timeout+l.Lag(), d.timedOut)
		d.timer.Unref() // the connection's handle keeps the loop alive
	}
	if opts.Path != "" {
		c.family = unix.AF_UNIX
		c.remote = Addr{Path: opts.Path}
		l.Post(d.connectUnix)
		return c
	}
	host := opts.Host
	if host == "" {
		host = "localhost"
	}
	if ip, err := netip.ParseAddr(host); err == nil && opts.Prompt && opts.OnLookup == nil {
		d.connectLiteral(ip)
		return c
	}
	d.cancelLookup = dns.Lookup(l, opts.Resolve, host, opts.Family, d.resolved)
	return c
}

// connectLiteral starts connecting to an address literal at once (Prompt):
// there is nothing to look up, so the loop task a lookup's answer would
// take is spared (a client connecting to 127.0.0.1 again and again pays it
// per connection). Only the outcome comes from a later task, as always: a
// failure to start is posted, so Dial returns a connecting Conn either way.
func (d *dialer) connectLiteral(ip netip.Addr) {
	d.one[0] = ip
	d.addrs = d.one[:]
	d.next = 1
	if err := d.start(netip.AddrPortFrom(ip, uint16(d.opts.Port))); err != nil {
		c := d.c
		c.l.Post(func() {
			if c.st == stateConnecting {
				d.fail(err)
			}
		})
	}
}

// stop cancels whatever the dialer has under way.
func (d *dialer) stop() {
	if d.cancelLookup != nil {
		d.cancelLookup()
		d.cancelLookup = nil
	}
	if d.timer != nil {
		d.timer.Stop()
	}
	if d.attempt != nil {
		d.attempt.Stop()
	}
}

// fail ends the dial with err, reported to onConnect.
func (d *dialer) fail(err error) {
	d.c.shut(err, d.onConnect)
}

func (d *dialer) resolved(addrs []netip.Addr, err error) {
	d.cancelLookup = nil
	if err != nil {
		d.fail(err)
		return
	}
	if d.opts.OnLookup != nil {
		d.opts.OnLookup(addrs)
		if d.c.st != stateConnecting {
			return
		}
	}
	if d.opts.Family == 0 {
		addrs = interleave(addrs)
	}
	d.addrs = addrs
	d.tryNext()
}

// interleave orders addresses alternating between the families, starting
// with the family of the first, as Happy Eyeballs does.
func interleave(addrs []netip.Addr) []netip.Addr {
	var first, second []netip.Addr
	for _, a := range addrs {
		if a.Is4() == addrs[0].Is4() {
			first = append(first, a)
		} else {
			second = append(second, a)
		}
	}
	out := make([]netip.Addr, 0, len(addrs))
	for i := 0; i < len(first) || i < len(second); i++ {
		if i < len(first) {
			out = append(out, first[i])
		}
		if i < len(second) {
			out = append(out, second[i])
		}
	}
	return out
}

// tryNext starts connecting to the next address, failing the dial when none
// is left.
func (d *dialer) tryNext() {
	for d.next < len(d.addrs) {
		ap := netip.AddrPortFrom(d.addrs[d.next], uint16(d.opts.Port))
		d.next++
		err := d.start(ap)
		if err == nil {
			if d.next < len(d.addrs) {
				timeout := d.opts.AttemptTimeout
				if timeout <= 0 {
					timeout = DefaultAttemptTimeout
				}
				d.attempt = d.c.l.NewTimer(timeout, d.attemptTimedOut)
				d.attempt.Unref()
			}
			return
		}
		d.lastErr = err
	}
	d.fail(d.lastErr)
}

// start creates a socket, binds it if asked and begins a non-blocking
// connect to ap.
func (d *dialer) start(ap netip.AddrPort) error {
	c := d.c
	sa, family := toSockaddr(ap)
	c.remote = Addr{AddrPort: ap}
	fd, err := sysSocket(family)
	if err != nil {
		return sockerr.Wrap("socket", err, "", 0)
	}
	if err := d.bindLocal(fd, family); err != nil {
		unix.Close(fd)
		return err
	}
	if err := sysConnect(fd, sa); err != nil && err != unix.EINPROGRESS {
		unix.Close(fd)
		return sockerr.Wrap("connect", err, ap.Addr().String(), int(ap.Port()))
	}
	c.fd, c.family = fd, family
	if err := c.watch(); err != nil {
		c.closeFD()
		return err
	}
	return nil
}

// bindLocal binds the socket to the requested local address and port.
func (d *dialer) bindLocal(fd, family int) error {
	if d.opts.LocalAddress == "" && d.opts.LocalPort == 0 {
		return nil
	}
	var ip netip.Addr
	if d.opts.LocalAddress != "" {
		var err error
		if ip, err = netip.ParseAddr(d.opts.LocalAddress); err != nil {
			return sockerr.FromErrno("bind", unix.EINVAL, d.opts.LocalAddress, d.opts.LocalPort)
		}
	} else if family == unix.AF_INET {
		ip = netip.IPv4Unspecified()
	} else {
		ip = netip.IPv6Unspecified()
	}
	sa, _ := toSockaddr(netip.AddrPortFrom(ip, uint16(d.opts.LocalPort)))
	if err := unix.Bind(fd, sa); err != nil {
		return sockerr.Wrap("bind", err, ip.String(), d.opts.LocalPort)
	}
	return nil
}

// onEvents sees the outcome of the connect in progress.
func (d *dialer) onEvents(ev loop.Events) {
	if ev&(loop.Writable|loop.Hangup|loop.Failure) == 0 {
		return
	}
	c := d.c
	if err := sysSocketError(c.fd); err != nil {
		d.attemptFailed(sockerr.Wrap("connect", err, c.remote.Address(), c.remote.Port()))
		return
	}
	d.connected()
}

// attemptFailed abandons the current address and tries the next.
func (d *dialer) attemptFailed(err error) {
	if d.attempt != nil {
		d.attempt.Stop()
		d.attempt = nil
	}
	d.c.closeFD()
	d.lastErr = err
	d.tryNext()
}

func (d *dialer) attemptTimedOut() {
	d.attempt = nil
	c := d.c
	d.attemptFailed(sockerr.FromErrno("connect", unix.ETIMEDOUT, c.remote.Address(), c.remote.Port()))
}

func (d *dialer) timedOut() {
	c := d.c
	d.fail(sockerr.FromErrno("connect", unix.ETIMEDOUT, c.remote.Address(), c.remote.Port()))
}

// connectUnix connects to a Unix-domain socket, which completes or fails at
// once.
func (d *dialer) connectUnix() {
	c := d.c
	if c.st != stateConnecting {
		return
	}
	fd, err := sysSocket(unix.AF_UNIX)
	if err != nil {
		d.fail(sockerr.Wrap("socket", err, "", 0))
		return
	}
	if err := unix.Connect(fd, &unix.SockaddrUnix{Name: d.opts.Path}); err != nil {
		unix.Close(fd)
		d.fail(sockerr.Wrap("connect", err, d.opts.Path, 0))
		return
	}
	c.fd = fd
	if err := c.watch(); err != nil {
		c.closeFD()
		d.fail(err)
		return
	}
	d.connected()
}

// connected makes the connection open: options set meanwhile are applied,
// onConnect runs, and writes queued meanwhile go out.
func (d *dialer) connected() {
	c := d.c
	d.stop()
	c.dial = nil
	c.st = stateOpen
	if c.opts != nil {
		err := c.opts.apply(c.fd, c.family != unix.AF_UNIX)
		c.opts = nil
		if err != nil {
			c.shut(err, d.onConnect)
			return
		}
	}
	// What flushed settles for an empty queue (an end, a close, a TLS
	// start, a drain owed) was asked for while connecting, or else during
	// onConnect, whose CloseWrite then posted its own task: settling that
	// here would report the end inside the task that asked for it.
	owed := c.wantEnd || c.closing || c.needDrain || c.sec != nil
	d.onConnect(nil)
	switch {
	case c.st != stateOpen:
	case !c.q.empty():
		c.flush()
	case owed:
		c.flushed()
	}
	c.updateAlive()
}

package tcp

import (
	"time"

	"github.com/nodeshim/nodeshim/core/sockerr"
	"golang.org/x/sys/unix"
)

// Socket options, with Node's defaults rather than Go's: a connection starts
// with Nagle's algorithm on (NoDelay false) and keep-alive off, which is
// what a fresh kernel socket has. Options set while connecting are kept and
// applied once connected. On Unix-domain connections the TCP options are
// accepted and ignored, as Node does; the getters then report the defaults.

// sockOpts holds options set before the socket exists; nil fields were not
// set.
type sockOpts struct {
	noDelay     *bool
	keepAlive   *keepAlive
	userTimeout *time.Duration
	sendBuf     *int
	recvBuf     *int
}

type keepAlive struct {
	on    bool
	delay time.Duration
}

// apply sets the remembered options on a connected socket.
func (o *sockOpts) apply(fd int, tcp bool) error {
	var errs []error
	if tcp && o.noDelay != nil {
		errs = append(errs, setNoDelay(fd, *o.noDelay))
	}
	if tcp && o.keepAlive != nil {
		errs = append(errs, setKeepAlive(fd, o.keepAlive.on, o.keepAlive.delay))
	}
	if tcp && o.userTimeout != nil {
		errs = append(errs, setUserTimeout(fd, *o.userTimeout))
	}
	if o.sendBuf != nil {
		errs = append(errs, setBufferSize(fd, unix.SO_SNDBUF, *o.sendBuf))
	}
	if o.recvBuf != nil {
		errs = append(errs, setBufferSize(fd, unix.SO_RCVBUF, *o.recvBuf))
	}
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// pendingOpts returns the options to apply once connected.
func (c *Conn) pendingOpts() *sockOpts {
	if c.opts == nil {
		c.opts = &sockOpts{}
	}
	return c.opts
}

// optTarget tells a setter what to do: remember the option (connecting),
// fail (closed), ignore it (a TCP option on a Unix-domain socket) or set it
// on the socket.
func (c *Conn) optTarget(tcpOnly bool) (remember, set bool, err error) {
	switch {
	case c.st == stateConnecting:
		return true, false, nil
	case c.st == stateClosed:
		return false, false, sockerr.FromErrno("setsockopt", unix.EBADF, "", 0)
	case tcpOnly && c.family == unix.AF_UNIX:
		return false, false, nil
	}
	return false, true, nil
}

// SetNoDelay turns Nagle's algorithm off (true) or on (false, the default).
func (c *Conn) SetNoDelay(on bool) error {
	c.noDelay = on
	remember, set, err := c.optTarget(true)
	if remember {
		c.pendingOpts().noDelay = &on
	}
	if set {
		err = setNoDelay(c.fd, on)
	}
	return err
}

// NoDelay reports whether Nagle's algorithm is off.
func (c *Conn) NoDelay() bool {
	if c.tcpSocket() {
		v, err := unix.GetsockoptInt(c.fd, unix.IPPROTO_TCP, unix.TCP_NODELAY)
		return err == nil && v != 0
	}
	if c.opts != nil && c.opts.noDelay != nil {
		return *c.opts.noDelay
	}
	return false
}

// SetKeepAlive turns TCP keep-alive on or off (off by default). As in Node,
// turning it on with a delay of at least a second sets the idle time before
// the first probe (TCP_KEEPIDLE), with probes every second (TCP_KEEPINTVL 1)
// and ten of them (TCP_KEEPCNT 10); a shorter delay leaves those alone.
func (c *Conn) SetKeepAlive(on bool, delay time.Duration) error {
	remember, set, err := c.optTarget(true)
	if remember {
		c.pendingOpts().keepAlive = &keepAlive{on: on, delay: delay}
	}
	if set {
		err = setKeepAlive(c.fd, on, delay)
	}
	return err
}

// KeepAlive reports whether keep-alive is on and the idle time before the
// first probe.
func (c *Conn) KeepAlive() (on bool, delay time.Duration) {
	if c.tcpSocket() {
		v, err := unix.GetsockoptInt(c.fd, unix.SOL_SOCKET, unix.SO_KEEPALIVE)
		idle, _ := unix.GetsockoptInt(c.fd, unix.IPPROTO_TCP, unix.TCP_KEEPIDLE)
		return err == nil && v != 0, time.Duration(idle) * time.Second
	}
	if c.opts != nil && c.opts.keepAlive != nil {
		return c.opts.keepAlive.on, c.opts.keepAlive.delay
	}
	return false, 0
}

// SetUserTimeout sets TCP_USER_TIMEOUT: how long sent data may stay
// unacknowledged before the connection fails with ETIMEDOUT (0: the
// system's default).
func (c *Conn) SetUserTimeout(d time.Duration) error {
	remember, set, err := c.optTarget(true)
	if remember {
		c.pendingOpts().userTimeout = &d
	}
	if set {
		err = setUserTimeout(c.fd, d)
	}
	return err
}

// UserTimeout returns the TCP_USER_TIMEOUT in effect.
func (c *Conn) UserTimeout() time.Duration {
	if c.tcpSocket() {
		v, _ := unix.GetsockoptInt(c.fd, unix.IPPROTO_TCP, unix.TCP_USER_TIMEOUT)
		return time.Duration(v) * time.Millisecond
	}
	if c.opts != nil && c.opts.userTimeout != nil {
		return *c.opts.userTimeout
	}
	return 0
}

// SetSendBufferSize sets the kernel's send buffer size (SO_SNDBUF).
func (c *Conn) SetSendBufferSize(n int) error {
	return c.setBuffer(unix.SO_SNDBUF, n, func(o *sockOpts) **int { return &o.sendBuf })
}

// SendBufferSize returns the kernel's send buffer size as the kernel reports
// it (Linux doubles the value set), or the value set while connecting.
func (c *Conn) SendBufferSize() int {
	return c.bufferSize(unix.SO_SNDBUF, func(o *sockOpts) *int { return o.sendBuf })
}

// SetRecvBufferSize sets the kernel's receive buffer size (SO_RCVBUF).
func (c *Conn) SetRecvBufferSize(n int) error {
	return c.setBuffer(unix.SO_RCVBUF, n, func(o *sockOpts) **int { return &o.recvBuf })
}

// RecvBufferSize returns the kernel's receive buffer size, as SendBufferSize.
func (c *Conn) RecvBufferSize() int {
	return c.bufferSize(unix.SO_RCVBUF, func(o *sockOpts) *int { return o.recvBuf })
}

// setBuffer sets the buffer size option opt (SO_SNDBUF or SO_RCVBUF) to n
// on an open connection, or keeps n in the pending option pending points
// at while connecting: the setters of both buffer sizes.
func (c *Conn) setBuffer(opt, n int, pending func(*sockOpts) **int) error {
	remember, set, err := c.optTarget(false)
	if remember {
		*pending(c.pendingOpts()) = &n
	}
	if set {
		err = setBufferSize(c.fd, opt, n)
	}
	return err
}

func (c *Conn) bufferSize(opt int, pending func(*sockOpts) *int) int {
	if c.st == stateOpen {
		v, _ := unix.GetsockoptInt(c.fd, unix.SOL_SOCKET, opt)
		return v
	}
	if c.opts != nil && pending(c.opts) != nil {
		return *pending(c.opts)
	}
	return 0
}

// tcpSocket reports whether the connection has an open TCP socket to ask.
func (c *Conn) tcpSocket() bool {
	return c.st == stateOpen && c.family != unix.AF_UNIX
}

func setNoDelay(fd int, on bool) error {
	return setsockopt(fd, unix.IPPROTO_TCP, unix.TCP_NODELAY, boolInt(on))
}

func setKeepAlive(fd int, on bool, delay time.Duration) error {
	if err := setsockopt(fd, unix.SOL_SOCKET, unix.SO_KEEPALIVE, boolInt(on)); err != nil || !on {
		return err
	}
	secs := int(delay / time.Second)
	if secs < 1 {
		return nil
	}
	if err := setsockopt(fd, unix.IPPROTO_TCP, unix.TCP_KEEPIDLE, secs); err != nil {
		return err
	}
	if err := setsockopt(fd, unix.IPPROTO_TCP, unix.TCP_KEEPINTVL, 1); err != nil {
		return err
	}
	return setsockopt(fd, unix.IPPROTO_TCP, unix.TCP_KEEPCNT, 10)
}

func setUserTimeout(fd int, d time.Duration) error {
	return setsockopt(fd, unix.IPPROTO_TCP, unix.TCP_USER_TIMEOUT, int(d/time.Millisecond))
}

func setBufferSize(fd, opt, n int) error {
	return setsockopt(fd, unix.SOL_SOCKET, opt, n)
}

func setsockopt(fd, level, opt, v int) error {
	if err := unix.SetsockoptInt(fd, level, opt, v); err != nil {
		return sockerr.Wrap("setsockopt", err, "", 0)
	}
	return nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

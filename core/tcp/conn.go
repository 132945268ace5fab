package tcp

import (
	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/core/sockerr"
	"golang.org/x/sys/unix"
)

// connState is where a connection is in its life.
type connState uint8

const (
	stateConnecting connState = iota // resolving or connecting
	stateOpen                        // connected
	stateClosed                      // the fd is closed; only the close event may still be pending
)

// Conn is a stream connection (TCP or Unix-domain) driven by the loop: a
// non-blocking socket registered with the loop's epoll, read and written
// inline on the loop's goroutine. Dial creates one; a Listener hands over
// accepted ones. All methods must be called on the loop's goroutine. See
// the package documentation for the contract.
type Conn struct {
	l      *loop.Loop
	handle *loop.Handle
	w      *loop.Watcher
	fd     int // -1 while connecting without a socket and once closed
	family int // unix.AF_INET, AF_INET6 or AF_UNIX; 0 until known
	h      Handler

	st          connState
	paused      bool // Pause: no OnData until Resume
	readDropped bool // read interest removed from epoll while paused
	readPosted  bool // a read continuation is queued on the loop
	peerHup     bool // the peer hung up or the socket failed: read to the end
	readEOF     bool // the peer's end was delivered
	wantEnd     bool // CloseWrite was called
	writeShut   bool // our FIN is sent
	closing     bool // Close was called: flush, then close
	needDrain   bool // a Write returned a non-zero count; OnDrain is owed
	sndFull     bool // a write came back short: no room until the next EPOLLOUT edge
	reuseReads  bool // OnData gets a reused buffer instead of a fresh slice
	onlyBusy    bool // SetAliveOnlyWhileBusy
	bulkReads   bool // the last chunk filled the small buffer: size the next read
	noDelay     bool // SetNoDelay(true): every write goes out at once
	gatherSet   bool // flushGatheredLater is queued with the loop's AfterTask

	q         writeQueue
	writeTask uint64 // the loop's Task()+1 at the last inline write
	gathered  []byte // small writes of this task not handed to the kernel yet
	gatherFn  func() // flushGatheredLater, bound at the first gathering
	endDone   func(error)
	maxFresh  int         // SetMaxChunk's bound; 0 for maxChunk
	freshSize int         // the size of the next bulk read's slice; 0 for maxChunk
	ahead     *aheadQueue // chunks read ahead of delivery; nil until a readv

	nRead, nWritten int64
	local, remote   Addr
	localKnown      bool

	ln   *Listener
	dial *dialer
	opts *sockOpts // options set before the socket existed
	sec  *secure   // TLS, once started
}

// newConn wraps a connected non-blocking socket and registers it with the
// loop.
func newConn(l *loop.Loop, fd, family int, remote Addr) (*Conn, error) {
	c := &Conn{l: l, fd: fd, family: family, remote: remote, h: nopHandler{}, st: stateOpen}
	if err := c.watch(); err != nil {
		return nil, err
	}
	c.handle = l.NewHandle()
	return c, nil
}

// watchEvents is what a connection waits for: edge-triggered readiness in
// both directions and the peer's half-close.
const watchEvents = loop.Readable | loop.Writable | loop.PeerHangup | loop.EdgeTriggered

func (c *Conn) watch() error {
	w, err := c.l.Watch(c.fd, watchEvents, c.onEvents)
	if err != nil {
		return sockerr.Wrap("epoll_ctl", err, "", 0)
	}
	c.w = w
	return nil
}

// SetHandler sets the receiver of the connection's events. Events that come
// before any handler is set are dropped; set it right after Dial or in the
// listener's OnConnection, before returning to the loop.
func (c *Conn) SetHandler(h Handler) {
	if h == nil {
		h = nopHandler{}
	}
	c.h = h
}

// Loop returns the loop that drives the connection.
func (c *Conn) Loop() *loop.Loop {
	return c.l
}

// Ref makes the open connection keep the loop alive (the default).
func (c *Conn) Ref() { c.handle.Ref() }

// Unref lets the loop exit while the connection is open.
func (c *Conn) Unref() { c.handle.Unref() }

// HasRef reports whether the connection keeps the loop alive.
func (c *Conn) HasRef() bool { return c.handle.HasRef() }

// Connecting reports whether the connection is still resolving or
// connecting.
func (c *Conn) Connecting() bool { return c.st == stateConnecting }

// Closed reports whether the connection is closed (its close event may still
// be on its way).
func (c *Conn) Closed() bool { return c.st == stateClosed }

// Paused reports whether Pause is in effect.
func (c *Conn) Paused() bool { return c.paused }

// ReadEnded reports whether the peer's end of stream has been delivered.
func (c *Conn) ReadEnded() bool { return c.readEOF }

// WriteEnded reports whether CloseWrite or Close was called.
func (c *Conn) WriteEnded() bool { return c.wantEnd || c.closing }

// BytesRead returns the bytes received from the kernel so far (with TLS,
// the bytes on the wire).
func (c *Conn) BytesRead() int64 { return c.nRead }

// BytesWritten returns the bytes handed to the kernel so far (with TLS, the
// bytes on the wire; queued bytes are not counted until the kernel takes
// them).
func (c *Conn) BytesWritten() int64 { return c.nWritten }

// Queued returns the bytes accepted by Write and not yet handed to the
// kernel: Node's writableLength, W3C's bufferedAmount. With TLS it counts
// the plaintext held until the handshake completes and the records queued.
func (c *Conn) Queued() int {
	if c.sec != nil {
		return c.q.bytes + c.sec.heldBytes
	}
	return c.q.bytes
}

// RemoteAddr returns the peer's address. It is known from the moment the
// connection is established (while connecting: the address being tried) and
// stays readable after close.
func (c *Conn) RemoteAddr() Addr { return c.remote }

// LocalAddr returns the local address. It is asked of the kernel at the
// first call while open and kept, so once read it stays readable after
// close; it is the zero Addr before connecting, after a close when never
// read while open (Node's undefined), and for the unnamed end of a
// Unix-domain connection.
func (c *Conn) LocalAddr() Addr {
	if !c.localKnown && c.fd >= 0 && c.st == stateOpen {
		if sa, err := unix.Getsockname(c.fd); err == nil {
			c.local = fromSockaddr(sa)
			c.localKnown = true
		}
	}
	return c.local
}

// Pause stops reading: no OnData or OnEnd until Resume. Bytes stay in the
// kernel, whose receive window then closes and slows the peer down. The
// read interest is removed from epoll lazily, at the first readiness event
// that arrives while paused, so that a Pause undone within the same task
// costs no system call.
func (c *Conn) Pause() {
	c.paused = true
	if c.ahead != nil {
		// A reader that pushes back gets little read ahead: what waits
		// here while it is paused is on top of the kernel's buffer.
		c.ahead.arrays = 2
	}
	c.updateAlive()
}

// Resume undoes Pause; reading restarts from a later loop task.
func (c *Conn) Resume() {
	if !c.paused {
		return
	}
	c.paused = false
	c.updateAlive()
	if c.st != stateOpen {
		return
	}
	if c.readDropped {
		c.readDropped = false
		c.updateInterest() // re-arming reports what arrived meanwhile
		if c.sec == nil && !c.aheadPending() {
			return
		}
	}
	// The kernel, crypto/tls or the chunks read ahead may hold bytes that
	// no new edge will announce.
	c.postRead()
}

// updateInterest registers the events the connection needs now.
func (c *Conn) updateInterest() {
	events := watchEvents
	if c.readDropped {
		events &^= loop.Readable | loop.PeerHangup
	}
	if err := c.w.Modify(events); err != nil {
		c.fail(sockerr.Wrap("epoll_ctl", err, "", 0))
	}
}

// Destroy closes the connection now: queued bytes are dropped (their write
// callbacks get an ECANCELED error) and OnClose(false) follows from a later
// task. Destroying a connection that is still connecting cancels it; its
// connect callback is then never called.
func (c *Conn) Destroy() {
	if c.st == stateOpen {
		_ = c.flushGathered() // written as far as the kernel takes them, as in Node
	}
	c.shut(nil, nil)
}

// Reset closes the connection abortively: the peer gets RST instead of FIN
// (SO_LINGER 0), then it is destroyed as by Destroy.
func (c *Conn) Reset() {
	if c.fd >= 0 && c.st == stateOpen {
		_ = sysAbort(c.fd)
	}
	c.shut(nil, nil)
}

// fail closes the connection because of err, reported through OnError.
func (c *Conn) fail(err error) {
	c.shut(err, func(err error) { c.h.OnError(err) })
}

// shut closes the fd now and, from a later loop task, reports the outcome:
// queued writes' callbacks (with err, or ECANCELED), the CloseWrite
// callback, report(err) when err is not nil, then OnClose (which a
// CloseIgnorer with nothing else to report goes without). It does nothing
// on a closed connection.
func (c *Conn) shut(err error, report func(error)) {
	if c.st == stateClosed {
		return
	}
	c.st = stateClosed
	c.gathered = nil
	if c.dial != nil {
		c.dial.stop()
		c.dial = nil
	}
	if c.sec != nil {
		c.sec.ad.close() // first: the handshake may be writing to the socket
	}
	c.closeFD()
	c.handle.Close()
	if c.ln != nil {
		c.ln.count--
		c.ln = nil
	}
	dropped := c.q.drop()
	c.ahead = nil
	if s := c.sec; s != nil {
		if s.timer != nil {
			s.timer.Stop()
		}
		dropped = append(dropped, s.held...)
		if s.writing != nil {
			dropped = append(dropped, writeEntry{done: s.writing})
		}
		s.held, s.heldBytes, s.writing = nil, 0, nil
	}
	endDone := c.endDone
	c.endDone = nil
	if _, quiet := c.h.(CloseIgnorer); quiet && err == nil && endDone == nil && len(dropped) == 0 {
		return
	}
	c.l.Post(func() {
		werr := err
		if werr == nil {
			werr = errCanceled()
		}
		for _, e := range dropped {
			if e.done != nil {
				e.done(werr)
			}
		}
		if endDone != nil {
			endDone(werr)
		}
		if err != nil && report != nil {
			report(err)
		}
		c.h.OnClose(err != nil)
	})
}

// closeFD unregisters and closes the socket, if there is one.
func (c *Conn) closeFD() {
	if c.fd < 0 {
		return
	}
	if c.w != nil {
		_ = c.w.Close()
		c.w = nil
	}
	_ = unix.Close(c.fd)
	c.fd = -1
}

// onEvents is the epoll callback.
func (c *Conn) onEvents(ev loop.Events) {
	if c.st == stateConnecting {
		c.dial.onEvents(ev)
		if c.st != stateOpen {
			return
		}
	}
	if ev&(loop.PeerHangup|loop.Hangup|loop.Failure) != 0 {
		c.peerHup = true
	}
	if ev&(loop.Readable|loop.PeerHangup|loop.Hangup|loop.Failure) != 0 {
		c.readable()
	}
	if ev&(loop.Writable|loop.Hangup|loop.Failure) != 0 {
		c.sndFull = false
		if c.st == stateOpen && !c.q.empty() {
			c.flush()
		}
	}
	c.updateAlive()
}

// errCanceled is what the callbacks of writes dropped by a close receive.
func errCanceled() error {
	return sockerr.FromErrno("write", unix.ECANCELED, "", 0)
}

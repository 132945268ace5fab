package tcp

import (
	"bytes"

	"github.com/nodeshim/nodeshim/core/sockerr"
	"golang.org/x/sys/unix"
)

// Write sends b and returns the bytes now queued (Queued). It never blocks:
// with nothing queued and the connection open it writes inline, and what the
// kernel does not take is queued, without a copy, and flushed with writev
// when the socket becomes writable. Writes made while connecting are queued
// and go out once connected. The caller must not modify b until done runs
// (or the connection closes).
//
// done, if not nil, runs on the loop once b is handed to the kernel — before
// Write returns when the kernel took b at once — or with an error if the
// connection closes first. Writing after CloseWrite or Close fails with
// EPIPE, after close with EBADF; done gets the error from a later task.
func (c *Conn) Write(b []byte, done func(error)) int {
	return c.write(b, done, false)
}

// WriteBorrowed is Write for a caller that lends b only for the call: the
// bytes that cannot be handed on at once (to the kernel, or to TLS, which
// encrypts them into records of its own) are copied before they are queued,
// so b may be changed as soon as WriteBorrowed returns. A caller that would
// otherwise copy every write (the W3C send(), whose script may reuse its
// buffer) copies nothing when the kernel keeps up.
func (c *Conn) WriteBorrowed(b []byte, done func(error)) int {
	return c.write(b, done, true)
}

// write is Write; borrowed says b must not be kept after the call.
func (c *Conn) write(b []byte, done func(error), borrowed bool) int {
	switch {
	case c.st == stateClosed:
		c.postDone(done, sockerr.FromErrno("write", unix.EBADF, "", 0))
	case c.wantEnd || c.closing:
		c.postDone(done, sockerr.FromErrno("write", unix.EPIPE, "", 0))
	case c.sec != nil:
		if borrowed && c.handshaking() {
			b = bytes.Clone(b) // held until the handshake completes
		}
		c.writeSecure(b, done)
	default:
		c.writeRaw(b, done, borrowed)
	}
	n := c.Queued()
	if n > 0 {
		c.needDrain = true
	}
	c.updateAlive()
	return n
}

// postDone runs done(err) from a later loop task.
func (c *Conn) postDone(done func(error), err error) {
	if done != nil {
		c.l.Post(func() { done(err) })
	}
}

// writeRaw writes b to the socket inline if it can and queues the rest. A
// borrowed b belongs to the caller, which reuses it once writeRaw returns:
// what is queued of it is copied.
func (c *Conn) writeRaw(b []byte, done func(error), borrowed bool) {
	if c.st == stateOpen && c.q.empty() {
		if len(b) > 0 {
			n, err := sysWrite(c.fd, b)
			if err != nil && err != unix.EAGAIN {
				c.q.push(b, done) // so that done hears of the failure
				c.fail(c.ioError("write", err))
				return
			}
			if n > 0 {
				c.nWritten += int64(n)
				b = b[n:]
			}
			c.sndFull = len(b) > 0
		}
		if len(b) == 0 {
			if done != nil {
				done(nil)
			}
			return
		}
	}
	if borrowed {
		b = bytes.Clone(b)
	}
	c.q.push(b, done)
}

// flush hands queued bytes to the kernel until the queue is empty or the
// socket is full, running the callbacks of completed writes in order.
func (c *Conn) flush() {
	for {
		for {
			e, ok := c.q.popDone()
			if !ok {
				break
			}
			if e.done != nil {
				e.done(nil)
				if c.st != stateOpen {
					return
				}
			}
		}
		if c.q.empty() {
			break
		}
		if c.sndFull {
			// A write made by a callback above came back short: the kernel
			// has no room, and asking costs a system call that fails.
			return
		}
		n, err := sysWritev(c.fd, c.q.pending())
		if err == unix.EAGAIN {
			c.sndFull = true
			return // a new EPOLLOUT edge follows when the kernel has room
		}
		if err != nil {
			c.fail(c.ioError("write", err))
			return
		}
		c.nWritten += int64(n)
		c.q.consume(n)
	}
	c.flushed()
}

// flushed runs when the queue has just emptied: a pending Close or
// CloseWrite completes, otherwise OnDrain is reported if owed.
func (c *Conn) flushed() {
	if c.sec != nil && c.sec.state == secWaiting {
		c.beginHandshake()
	}
	switch {
	case c.handshaking(): // ending waits for the handshake
	case c.closing:
		c.finishClose()
		return
	case c.wantEnd:
		if !c.writeShut {
			c.shutdownWrite()
		}
		return
	}
	if c.needDrain && c.Queued() == 0 && !c.wantEnd && !c.closing {
		c.needDrain = false
		c.h.OnDrain()
	}
}

// CloseWrite ends the writing side: once the queue is flushed the peer gets
// FIN (for TLS, close_notify first) and done, if not nil, runs. Reading goes
// on; when the peer's end has also arrived the connection closes by itself
// (OnClose(false)). Later writes fail with EPIPE.
func (c *Conn) CloseWrite(done func(error)) {
	if c.st == stateClosed {
		c.postDone(done, sockerr.FromErrno("shutdown", unix.ENOTCONN, "", 0))
		return
	}
	if c.wantEnd || c.closing {
		c.chainEndDone(done)
		return
	}
	c.wantEnd = true
	c.endDone = done
	defer c.updateAlive()
	if c.st != stateOpen || c.handshaking() {
		return // connecting or handshaking: that completion ends the side
	}
	c.sendCloseNotify()
	if c.q.empty() {
		c.l.Post(func() {
			if c.st == stateOpen && c.q.empty() && !c.writeShut {
				c.shutdownWrite()
				c.updateAlive()
			}
		})
	}
}

// chainEndDone adds done to a CloseWrite already under way, or runs it from
// a later task if the FIN is already sent.
func (c *Conn) chainEndDone(done func(error)) {
	switch {
	case done == nil:
	case c.writeShut:
		c.postDone(done, nil)
	case c.endDone == nil:
		c.endDone = done
	default:
		first := c.endDone
		c.endDone = func(err error) { first(err); done(err) }
	}
}

// shutdownWrite sends FIN. Run from loop tasks only: it reports.
func (c *Conn) shutdownWrite() {
	if err := sysShutdownWrite(c.fd); err != nil && err != unix.ENOTCONN {
		c.fail(c.ioError("shutdown", err))
		return
	}
	c.writeShut = true
	if done := c.endDone; done != nil {
		c.endDone = nil
		done(nil)
	}
	if c.st == stateOpen && c.readEOF {
		c.shut(nil, nil)
	}
}

// Close closes gracefully: reading stops, the queue is flushed, the peer gets
// FIN (for TLS, close_notify first), and the connection closes
// (OnClose(false) from a later task). Closing a connection that is still
// connecting destroys it.
func (c *Conn) Close() {
	switch {
	case c.st == stateClosed || c.closing:
		return
	case c.st == stateConnecting:
		c.Destroy()
		return
	}
	c.closing = true
	if c.handshaking() {
		return // the handshake's completion closes
	}
	c.sendCloseNotify()
	if c.q.empty() {
		c.finishClose()
	}
}

// finishClose sends FIN and closes, the queue being empty.
func (c *Conn) finishClose() {
	if !c.writeShut {
		_ = sysShutdownWrite(c.fd)
		c.writeShut = true
	}
	if done := c.endDone; done != nil {
		c.endDone = nil
		c.postDone(done, nil)
	}
	c.shut(nil, nil)
}

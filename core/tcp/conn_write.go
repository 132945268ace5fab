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
// Write returns when the kernel took b at once, or when b, a small write
// following another in the same loop task, was copied to be handed over
// with the others at the end of the task — or with an error if the
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
		if c.gather(b) {
			if done != nil {
				done(nil)
			}
			return
		}
		if err := c.flushGathered(); err != nil {
			c.q.push(b, done) // so that done hears of the failure
			c.fail(c.ioError("write", err))
			return
		}
	}
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

// Writes are gathered in user space the way Nagle's algorithm gathers them
// in the kernel, but without the wait: the first write of a loop task goes
// to the kernel at once, as a lone message (a request, a reply) must; the
// small ones that follow it in the same task (a script writing in a loop)
// are copied into one buffer, handed to the kernel in one write(2) when the
// task is over (the loop's AfterTask) or when gatherFlush bytes are
// waiting, whichever comes first. On loopback a write(2) of 1 KiB costs
// about as much as one of 64 KiB, the receiving side's work included. The
// writes gathered complete at once, as writes the kernel takes do, and
// nothing else a caller sees changes: what the kernel does not take when
// they are handed over is queued as any short write is, and a failure
// fails the connection. Bytes gathered are handed over before anything
// that must follow them: a larger write, the end (CloseWrite, Close), a
// Destroy, a TLS upgrade, the end of the program (the host runs AfterTask's
// work when it exits). Connections with Nagle's algorithm off (SetNoDelay)
// and TLS ones, whose records are built per write, write at once.
const (
	// gatherMax is the largest write that is gathered.
	gatherMax = 16 << 10
	// gatherFlush is how many gathered bytes are handed over without
	// waiting for the end of the task.
	gatherFlush = 64 << 10
	// gatherKept is the largest gathering buffer a connection keeps once a
	// task is over: a burst reuses its buffer, an idle connection stays
	// small.
	gatherKept = 4 << 10
)

// gather copies b into the gathered bytes if it is a small write that
// follows another inline write of the same loop task; it records the task
// otherwise, and reports whether it took b. The connection is open and
// its queue is empty.
func (c *Conn) gather(b []byte) bool {
	task := c.l.Task() + 1
	if task != c.writeTask || len(b) == 0 || len(b) > gatherMax || c.noDelay || c.sec != nil {
		c.writeTask = task
		return false
	}
	c.gathered = append(c.gathered, b...)
	if len(c.gathered) >= gatherFlush {
		if err := c.flushGathered(); err != nil {
			c.fail(c.ioError("write", err))
		}
		return true
	}
	if !c.gatherSet {
		c.gatherSet = true
		if c.gatherFn == nil {
			c.gatherFn = c.flushGatheredLater
		}
		c.l.AfterTask(c.gatherFn)
	}
	return true
}

// flushGathered hands the gathered bytes to the kernel and queues what it
// does not take (the queue is empty while bytes are gathered). It returns
// the error of a failed write, the bytes then being dropped, for the
// caller to fail the connection with.
func (c *Conn) flushGathered() error {
	b := c.gathered
	if len(b) == 0 {
		return nil
	}
	n, err := sysWrite(c.fd, b)
	if err != nil && err != unix.EAGAIN {
		c.gathered = c.gathered[:0]
		return err
	}
	if n > 0 {
		c.nWritten += int64(n)
		b = b[n:]
	}
	if len(b) == 0 {
		c.gathered = c.gathered[:0]
		return nil
	}
	c.sndFull = true
	c.q.push(b, nil) // the queue keeps the array; the next gathering starts another
	c.gathered = nil
	return nil
}

// flushGatheredLater is flushGathered at the end of the task that gathered
// (AfterTask).
func (c *Conn) flushGatheredLater() {
	c.gatherSet = false
	if c.st != stateOpen {
		return
	}
	if err := c.flushGathered(); err != nil {
		c.fail(c.ioError("write", err))
	}
	if cap(c.gathered) > gatherKept {
		c.gathered = nil
	}
	c.updateAlive()
}

// handOverGathered is flushGathered for an operation that must follow the
// gathered bytes; it fails the connection on error and reports whether the
// connection is still open.
func (c *Conn) handOverGathered() bool {
	if err := c.flushGathered(); err != nil {
		c.fail(c.ioError("write", err))
		return false
	}
	return true
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
	if c.st == stateOpen && !c.handOverGathered() {
		c.postDone(done, sockerr.FromErrno("shutdown", unix.ENOTCONN, "", 0))
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
	if c.st == stateOpen && !c.handOverGathered() {
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

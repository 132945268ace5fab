package tcp

import (
	"bytes"
	"io"
	"sync"

	"github.com/nodeshim/nodeshim/core/sockerr"
	"golang.org/x/sys/unix"
)

const (
	// maxChunk bounds one read, and so one OnData, as Node's 64 KiB reads,
	// unless SetMaxChunk raises the bound.
	maxChunk = 64 << 10
	// readBudget is how many chunks one readiness event may read before the
	// connection yields to the others; the rest is read from a later task.
	readBudget = 16
	// smallChunk is the size below which a chunk counts as a small message,
	// after which the next read is a copying one.
	smallChunk = 4 << 10
)

// scratchPool recycles the buffers that bytes are read into before they are
// copied into a slice of exactly their size, or handed on as reused buffers.
var scratchPool = sync.Pool{New: func() any { return new([maxChunk]byte) }}

// reading reports whether the connection should read now.
func (c *Conn) reading() bool {
	return c.st == stateOpen && !c.readEOF && !c.closing && !c.paused
}

// readable reads what the socket holds, as far as the connection's state
// and the fairness budget allow.
func (c *Conn) readable() {
	switch {
	case c.st != stateOpen:
		return
	case c.handshaking():
		if c.sec.state == secHandshaking {
			c.readHandshake()
		}
		return
	case c.readEOF || c.closing:
		return
	case c.paused:
		if !c.readDropped {
			c.readDropped = true
			c.updateInterest()
		}
		return
	case c.sec != nil:
		c.readTLS()
		return
	}
	c.readPlain()
}

// SetReadReuse chooses how OnData hands bytes over. Off (the default),
// every OnData gets a fresh slice that the handler owns — what the
// JavaScript façades need to wrap chunks without copying. On, OnData gets a
// buffer that the core reuses once the call returns, which saves an
// allocation (and the garbage collector's work) per read for handlers that
// consume bytes at once: parsers, hashes, byte counters, pipes to another
// connection (which must then copy what Write queues).
func (c *Conn) SetReadReuse(on bool) {
	c.reuseReads = on
}

// SetMaxChunk bounds the fresh slices OnData gets to n bytes (at least 64
// KiB, the default, which is what Node reads at a time). A bulk transfer
// then arrives in fewer, larger chunks: what the kernel holds, up to n, is
// one read and one OnData, which matters when each OnData costs a call into
// JavaScript. Reused buffers (SetReadReuse) stay within 64 KiB.
func (c *Conn) SetMaxChunk(n int) {
	c.maxFresh = max(n, maxChunk)
}

// readPlain reads and delivers chunks of clear bytes.
func (c *Conn) readPlain() {
	var buf []byte
	if c.reuseReads {
		p := scratchPool.Get().(*[maxChunk]byte)
		defer scratchPool.Put(p)
		buf = p[:]
	}
	for range readBudget {
		b, drained, err := c.nextChunk(buf)
		switch {
		case err == unix.EAGAIN:
			return
		case err == io.EOF:
			c.gotEOF()
			return
		case err != nil:
			c.fail(c.ioError("read", err))
			return
		}
		c.h.OnData(b)
		if !c.reading() || c.sec != nil {
			return // paused, closed, or StartTLS: the rest is not clear text
		}
		if drained && !c.peerHup {
			// Everything the kernel held at the ioctl is read; bytes arriving
			// later raise a new edge.
			return
		}
	}
	c.postRead()
}

// nextChunk returns the oldest chunk read ahead (readMany), or reads one.
func (c *Conn) nextChunk(reuse []byte) ([]byte, bool, error) {
	if c.aheadPending() {
		b, drained := c.popAhead()
		return b, drained, nil
	}
	return c.readChunk(reuse)
}

// readChunk reads the bytes the socket holds, at most a chunk: into reuse
// when it is given; otherwise into a fresh slice of exactly their size.
// Small messages, a connection's first read and the end of stream are read
// into the loop's scratch area and copied; after a chunk that filled that buffer,
// the next read goes straight into a fresh chunk-sized slice (readSized). drained reports that
// the read took all the kernel held. It returns io.EOF for the peer's end
// and unix.EAGAIN when nothing is there.
func (c *Conn) readChunk(reuse []byte) (b []byte, drained bool, err error) {
	switch {
	case reuse != nil:
		return c.readInto(reuse)
	case c.bulkReads:
		b, drained, err = c.readSized()
	default:
		b, drained, err = c.readCopy()
	}
	c.bulkReads = err == nil && len(b) >= smallChunk
	return b, drained, err
}

// readInto reads into buf.
func (c *Conn) readInto(buf []byte) ([]byte, bool, error) {
	n, err := sysRead(c.fd, buf)
	switch {
	case err != nil:
		return nil, false, err
	case n == 0:
		return nil, false, io.EOF
	}
	c.nRead += int64(n)
	return buf[:n], n < len(buf), nil
}

// readCopy reads at most smallChunk bytes into the loop's scratch area and
// returns a copy of them (Loop.Copy's). A full buffer means a bulk transfer, which the
// next read serves without copying.
func (c *Conn) readCopy() ([]byte, bool, error) {
	b, drained, err := c.readInto(c.l.Scratch(smallChunk))
	if err != nil {
		return nil, false, err
	}
	return c.l.Copy(b), drained, nil
}

// readSized reads a bulk transfer's next chunk straight into an array of
// its own, recycled (takeArray) or new, which the chunk hands on capped at
// its length. The array starts at 64 KiB and doubles, up to SetMaxChunk's
// bound, each time a read fills it (the kernel holds a backlog); a read
// that comes back less than half full (the transfer's tail, or messages of
// a few KiB) halves it again, and is copied into a slice of its size, so
// that JS does not keep a mostly empty chunk alive; the array then goes
// back to its pool at once. At the bound, clear text is read ahead
// (readMany); once TLS has started, the handshake takes one chunk at a time
// and the records are read by the adapter, so nothing may wait ahead.
func (c *Conn) readSized() ([]byte, bool, error) {
	size := max(c.freshSize, maxChunk)
	if c.sec == nil && size >= max(c.maxFresh, maxChunk) {
		return c.readMany(size)
	}
	a := takeArray(size)
	b, drained, err := c.readInto(a.b)
	if err != nil {
		a.release()
		return nil, false, err
	}
	return c.handOver(a, len(b)), drained, nil
}

// handOver returns the n bytes (n > 0) a bulk read put into a as a chunk.
// A read that filled the array doubles the next one, up to SetMaxChunk's
// bound; one that came back less than half full halves it and is copied
// into a slice of its size, the array going back to its pool at once;
// otherwise the chunk is the array, lent and capped at n.
func (c *Conn) handOver(a bulkArray, n int) []byte {
	size := len(a.b)
	switch {
	case n < size/2:
		c.freshSize = size / 2
		b := bytes.Clone(a.b[:n])
		a.release()
		return b
	case n == size:
		c.freshSize = min(2*size, max(c.maxFresh, maxChunk))
	}
	a.lend()
	return a.b[:n:n]
}

// gotEOF delivers the peer's end; with our side already shut, the
// connection is finished.
func (c *Conn) gotEOF() {
	c.readEOF = true
	c.h.OnEnd()
	if c.st == stateOpen && c.writeShut {
		c.shut(nil, nil)
	}
}

// postRead reads again from a later loop task: after the budget ran out,
// on Resume, and whenever bytes may wait without a new epoll edge.
func (c *Conn) postRead() {
	if c.readPosted {
		return
	}
	c.readPosted = true
	c.l.Post(func() {
		c.readPosted = false
		c.readable()
		c.updateAlive()
	})
}

// ioError turns a failed read or write into the package's error. Node
// names no address in these ("read ECONNRESET", "write EPIPE").
func (c *Conn) ioError(syscall string, err error) *sockerr.Error {
	return sockerr.Wrap(syscall, err, "", 0)
}

package tcp

import "io"

// A bulk transfer whose chunks have reached their bound (SetMaxChunk) is
// read with readv into several arrays at once: the kernel's receive queue
// is then emptied in a few long copies rather than one read per chunk with
// a call into the handler between them. That matters beyond the system
// calls saved. Each read opens the receive window, and Linux grows a
// connection's receive buffer by the bytes the application copies within
// one round trip; a reader that takes one chunk, spends tens of
// microseconds in JavaScript, then takes the next, copies little per round
// trip, so the buffer stays small (about 1.4 MB against 19 MB), the window
// closes and the sender is released one window update at a time, its
// segments arriving while the reader holds the socket (TCPBacklogCoalesce)
// and its congestion control pacing what remains. The handler still gets
// chunks of at most the bound, one OnData each; those read ahead wait
// here while it is paused (or gone), and go to TLS if it starts.

// readAhead bounds the arrays one readv fills.
const readAhead = 8

// aheadQueue holds the chunks a readv fetched beyond the first, oldest
// first, until they are delivered.
type aheadQueue struct {
	chunks  [readAhead][]byte
	head, n int
	drained bool // the readv took all the kernel held
	arrays  int  // how many arrays the next readv fills
}

// aheadPending reports whether chunks wait for delivery.
func (c *Conn) aheadPending() bool {
	return c.ahead != nil && c.ahead.n > 0
}

// popAhead returns the oldest chunk read ahead, counting it as read, and
// whether it was the last of a readv that drained the kernel.
func (c *Conn) popAhead() ([]byte, bool) {
	a := c.ahead
	b := a.chunks[a.head]
	a.chunks[a.head] = nil
	a.head++
	a.n--
	c.nRead += int64(len(b))
	return b, a.n == 0 && a.drained
}

// takeAhead removes the chunks read ahead and returns their bytes in one
// slice (for a TLS upgrade, which reads them first), or nil.
func (c *Conn) takeAhead() []byte {
	var all []byte
	for c.aheadPending() {
		b, _ := c.popAhead()
		all = append(all, b...)
	}
	return all
}

// readMany reads a bulk transfer's next chunks of size bytes (the bound)
// with one readv: into two arrays at first, twice as many after a readv
// that filled them all (up to readAhead), one more than the last readv
// used otherwise. It returns the first chunk and queues the others; a
// short last chunk is handled as readSized handles one.
func (c *Conn) readMany(size int) ([]byte, bool, error) {
	if c.ahead == nil {
		c.ahead = &aheadQueue{arrays: 2}
	}
	q := c.ahead
	var arrays [readAhead]bulkArray
	bufs := arrays[:q.arrays]
	for i := range bufs {
		bufs[i] = takeArray(size)
	}
	n, err := sysReadv(c.fd, bufs)
	if err == nil && n == 0 {
		err = io.EOF
	}
	if err != nil {
		for _, a := range bufs {
			a.release()
		}
		return nil, false, err
	}
	drained := n < size*len(bufs)
	used := (n + size - 1) / size
	q.arrays = min(readAhead, used+1)
	if !drained {
		q.arrays = min(readAhead, 2*len(bufs))
	}
	q.head, q.n, q.drained = 0, 0, drained
	var first []byte
	for i, a := range bufs {
		k := min(n, size)
		n -= k
		if k == 0 {
			a.release()
			continue
		}
		b := c.handOver(a, k)
		if i == 0 {
			first = b
			continue
		}
		q.chunks[q.n] = b
		q.n++
	}
	c.nRead += int64(len(first))
	return first, drained && q.n == 0, nil
}

package ws

import (
	crand "crypto/rand"
	"encoding/binary"
	"math/rand/v2"
)

// SendText sends text as one text message (the caller guarantees UTF-8,
// as a JavaScript string converted to UTF-8 is) and returns Buffered: the
// WHATWG bufferedAmount. It never blocks: the frame is written inline when
// the kernel takes it and queued otherwise. done, if not nil, runs once
// the message is handed to the kernel (before SendText returns when that
// is at once), or with an error if the connection closes first; messages
// complete in order. Sending on a connection that is not open fails with
// ErrNotOpen, given to done from a later task.
func (c *Conn) SendText(text string, done func(error)) int {
	return sendMessage(c, opText, text, done)
}

// SendBinary sends data as one binary message, as SendText does. data is
// copied into the frame, so the caller may reuse it at once.
func (c *Conn) SendBinary(data []byte, done func(error)) int {
	return sendMessage(c, opBinary, data, done)
}

func sendMessage[T string | []byte](c *Conn, op opcode, p T, done func(error)) int {
	if c.state != Open {
		if done != nil {
			c.tc.Loop().Post(func() { done(ErrNotOpen) })
		}
		return c.buffered
	}
	if d := c.defl; d != nil && d.compressOut && len(p) >= c.opts.CompressionThreshold {
		writeFrame(c, op, true, compressMessage(d, p), len(p), done)
	} else {
		writeFrame(c, op, false, p, len(p), done)
	}
	if c.buffered > 0 {
		c.needDrain = true
	}
	return c.buffered
}

// writeControl sends a control frame.
func (c *Conn) writeControl(op opcode, payload []byte) {
	writeFrame(c, op, false, payload, 0, nil)
}

// writeFrame frames p (masked, for a client) into a pooled buffer and
// writes it; count is what it adds to Buffered until written.
func writeFrame[T string | []byte](c *Conn, op opcode, rsv1 bool, p T, count int, done func(error)) {
	masked := c.client
	buf := getBuffer(headerSize(len(p), masked) + len(p))
	b := *buf
	var key *[4]byte
	if masked {
		var k [4]byte
		binary.LittleEndian.PutUint32(k[:], uint32(c.rng.Uint64()))
		key = &k
	}
	h := putHeader(b, op, rsv1, len(p), key)
	copy(b[h:], p)
	if masked {
		mask(*key, 0, b[h:])
	}
	c.sends.push(sendEntry{buf: buf, count: count, done: done})
	c.buffered += count
	c.tc.Write(b, c.sentFn)
}

// sent completes the oldest frame written: the TCP connection calls it for
// each write, in order.
func (c *Conn) sent(err error) {
	e := c.sends.pop()
	putBuffer(e.buf)
	c.buffered -= e.count
	if e.done != nil {
		e.done(err)
	}
}

// newMaskSource returns a client's source of masking keys: ChaCha8 seeded
// from the system's random source, so keys are unpredictable as RFC 6455
// requires, without a system call per frame.
func newMaskSource() *rand.ChaCha8 {
	var seed [32]byte
	_, _ = crand.Read(seed[:]) // never fails on Linux
	return rand.NewChaCha8(seed)
}

// sendEntry is a frame handed to the TCP connection and not yet written.
type sendEntry struct {
	buf   *[]byte
	count int
	done  func(error)
}

// sendQueue holds, oldest first, the frames not yet written.
type sendQueue struct {
	e    []sendEntry
	head int
}

func (q *sendQueue) push(e sendEntry) {
	if q.head > 0 && q.head == len(q.e) {
		q.e, q.head = q.e[:0], 0
	}
	q.e = append(q.e, e)
}

func (q *sendQueue) pop() sendEntry {
	e := q.e[q.head]
	q.e[q.head] = sendEntry{}
	q.head++
	return e
}

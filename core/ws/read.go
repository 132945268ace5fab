package ws

import (
	"encoding/binary"
	"unicode/utf8"
)

// reader is the frame parser's state between chunks of bytes.
type reader struct {
	hdr  [maxHeader]byte
	nhdr int // header bytes gathered
	need int // header bytes needed: 2 until the second byte tells more

	// The frame whose payload is being read.
	inFrame bool
	op      opcode
	fin     bool
	masked  bool
	key     [4]byte
	keyPos  int
	left    int64 // payload bytes still to come

	// The data message being assembled; msgOp is 0 between messages.
	msgOp         opcode
	msg           []byte
	msgCompressed bool

	ctl  [maxControlPayload]byte
	nctl int
}

// preallocLimit bounds the buffer allocated from a frame's declared length
// before its bytes arrive; larger messages grow as they come.
const preallocLimit = 1 << 20

// receive parses received bytes (a buffer the TCP connection reuses),
// keeping what a pause leaves unparsed.
func (c *Conn) receive(b []byte) {
	switch {
	case c.failed || c.gotClose:
		return // nothing more is parsed
	case c.paused || len(c.pending) > 0:
		c.pending = append(c.pending, b...)
		return
	}
	if rest := c.parse(b); len(rest) > 0 {
		c.pending = append(c.pending, rest...)
	}
}

// parse parses frames from b and handles them, and returns the bytes left
// unparsed when a pause stops it. Bytes after the peer's close frame, or
// once the connection failed or closed, are dropped.
func (c *Conn) parse(b []byte) []byte {
	r := &c.rd
	for len(b) > 0 {
		switch {
		case c.gotClose || c.failed || c.state == Closed:
			return nil
		case c.paused:
			return b
		case !r.inFrame:
			n, ok := r.gatherHeader(b)
			b = b[n:]
			if !ok {
				return nil
			}
			if err := c.beginFrame(); err != nil {
				c.fail(err)
				return nil
			}
			if r.left == 0 {
				c.endFrame()
			}
		default:
			n := int(min(int64(len(b)), r.left))
			r.payload(b[:n])
			b = b[n:]
			if r.left == 0 {
				c.endFrame()
			}
		}
	}
	return nil
}

// gatherHeader takes header bytes from b; ok reports a complete header.
func (r *reader) gatherHeader(b []byte) (n int, ok bool) {
	if r.need == 0 {
		r.need = 2
	}
	for r.nhdr < r.need {
		if n == len(b) {
			return n, false
		}
		k := copy(r.hdr[r.nhdr:r.need], b[n:])
		r.nhdr += k
		n += k
		if r.nhdr == 2 {
			r.need = 2 + lengthSize(r.hdr[1]&0x7F)
			if r.hdr[1]&bitMask != 0 {
				r.need += 4
			}
		}
	}
	return n, true
}

// lengthSize returns the bytes of extended length that a 7-bit length
// announces.
func lengthSize(l byte) int {
	switch l {
	case 126:
		return 2
	case 127:
		return 8
	}
	return 0
}

// beginFrame checks the header gathered and sets the frame up.
func (c *Conn) beginFrame() *ProtocolError {
	r := &c.rd
	h := r.hdr[:r.nhdr]
	r.nhdr, r.need = 0, 0
	r.fin = h[0]&bitFin != 0
	rsv1 := h[0]&bitRsv1 != 0
	r.op = opcode(h[0] & 0x0F)
	r.masked = h[1]&bitMask != 0
	var length uint64
	switch l := h[1] & 0x7F; l {
	case 126:
		length = uint64(binary.BigEndian.Uint16(h[2:]))
	case 127:
		length = binary.BigEndian.Uint64(h[2:])
	default:
		length = uint64(l)
	}
	if r.masked {
		copy(r.key[:], h[len(h)-4:])
	}
	r.keyPos = 0
	if err := c.checkFrame(rsv1, h[0]&(bitRsv2|bitRsv3) != 0, length); err != nil {
		return err
	}
	r.left = int64(length)
	r.inFrame = true
	r.nctl = 0
	if r.op == opText || r.op == opBinary {
		r.msgOp = r.op
		r.msgCompressed = rsv1
		if r.fin && !rsv1 && length <= preallocLimit {
			r.msg = make([]byte, 0, length)
		}
	}
	return nil
}

// checkFrame applies RFC 6455's (and RFC 7692's) rules to a frame header.
func (c *Conn) checkFrame(rsv1, rsv23 bool, length uint64) *ProtocolError {
	r := &c.rd
	switch {
	case rsv23:
		return protocolError(CloseProtocolError, "WS_ERR_UNEXPECTED_RSV_2_3", "RSV2 and RSV3 must be clear")
	case rsv1 && (c.defl == nil || r.op != opText && r.op != opBinary):
		return protocolError(CloseProtocolError, "WS_ERR_UNEXPECTED_RSV_1", "RSV1 must be clear")
	case c.client && r.masked:
		return protocolError(CloseProtocolError, "WS_ERR_UNEXPECTED_MASK", "MASK must be clear")
	case !c.client && !r.masked:
		return protocolError(CloseProtocolError, "WS_ERR_EXPECTED_MASK", "MASK must be set")
	}
	switch r.op {
	case opClose, opPing, opPong:
		switch {
		case !r.fin:
			return protocolError(CloseProtocolError, "WS_ERR_EXPECTED_FIN", "FIN must be set")
		case length > maxControlPayload:
			return protocolError(CloseProtocolError, "WS_ERR_INVALID_CONTROL_PAYLOAD_LENGTH",
				"invalid payload length "+itoa(int(min(length, 1<<62))))
		}
		return nil
	case opText, opBinary:
		if r.msgOp != 0 {
			return protocolError(CloseProtocolError, "WS_ERR_INVALID_OPCODE", "invalid opcode "+itoa(int(r.op)))
		}
	case opContinuation:
		if r.msgOp == 0 {
			return protocolError(CloseProtocolError, "WS_ERR_INVALID_OPCODE", "invalid opcode 0")
		}
	default:
		return protocolError(CloseProtocolError, "WS_ERR_INVALID_OPCODE", "invalid opcode "+itoa(int(r.op)))
	}
	if length > uint64(c.opts.MaxMessageSize) || uint64(len(r.msg))+length > uint64(c.opts.MaxMessageSize) {
		return protocolError(CloseTooBig, "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH", "Max payload size exceeded")
	}
	return nil
}

// payload takes a part of the current frame's payload.
func (r *reader) payload(b []byte) {
	var dst []byte
	if r.op.control() {
		dst = r.ctl[r.nctl : r.nctl+len(b)]
		r.nctl += len(b)
		copy(dst, b)
	} else {
		start := len(r.msg)
		r.msg = append(r.msg, b...)
		dst = r.msg[start:]
	}
	if r.masked {
		r.keyPos = mask(r.key, r.keyPos, dst)
	}
	r.left -= int64(len(b))
}

// endFrame handles a frame whose payload is complete.
func (c *Conn) endFrame() {
	r := &c.rd
	r.inFrame = false
	switch r.op {
	case opClose:
		code, reason, err := parseClose(r.ctl[:r.nctl])
		if err != nil {
			c.fail(err)
			return
		}
		c.onCloseFrame(code, reason)
	case opPing:
		if !c.sentClose {
			c.writeControl(opPong, r.ctl[:r.nctl])
		}
	case opPong:
	default:
		if r.fin {
			c.endMessage()
		}
	}
}

// endMessage delivers the message assembled.
func (c *Conn) endMessage() {
	r := &c.rd
	kind, data, compressed := MessageType(r.msgOp), r.msg, r.msgCompressed
	r.msgOp, r.msg, r.msgCompressed = 0, nil, false
	if compressed {
		var err *ProtocolError
		if data, err = c.defl.decompress(data, c.opts.MaxMessageSize); err != nil {
			c.fail(err)
			return
		}
	}
	if kind == Text && !utf8.Valid(data) {
		c.fail(protocolError(CloseInvalidData, "WS_ERR_INVALID_UTF8", "invalid UTF-8 sequence"))
		return
	}
	if data == nil {
		data = []byte{}
	}
	c.h.OnMessage(kind, data)
}

// Pause stops reading: no OnMessage until Resume, and the socket is not
// read, so TCP's flow control slows the peer down (pings wait for an
// answer meanwhile). A message being delivered when Pause is called is the
// last one. The opening handshake ignores Pause, which takes effect once
// it completes.
func (c *Conn) Pause() {
	c.paused = true
	if c.state != Connecting {
		c.tc.Pause()
	}
}

// Resume undoes Pause: messages already received are delivered from a
// later task, then reading restarts.
func (c *Conn) Resume() {
	if !c.paused {
		return
	}
	c.paused = false
	if len(c.pending) == 0 {
		if c.state != Connecting {
			c.tc.Resume()
		}
		return
	}
	if c.resumed {
		return
	}
	c.resumed = true
	c.tc.Loop().Post(func() {
		c.resumed = false
		if c.paused || c.state == Closed {
			return
		}
		p := c.pending
		c.pending = nil
		if rest := c.parse(p); len(rest) > 0 {
			c.pending = rest
			return
		}
		if !c.paused {
			c.tc.Resume()
		}
	})
}

// Paused reports whether Pause is in effect.
func (c *Conn) Paused() bool { return c.paused }

package ws

import (
	"bytes"
	"compress/flate"
	"errors"
	"io"
	"sync"
)

// deflate is a connection's permessage-deflate state (RFC 7692).
type deflate struct {
	compressOut bool // our messages may be compressed
	resetOut    bool // we start every message afresh (our no_context_takeover)
	resetIn     bool // the peer does (its no_context_takeover)

	fw   *flate.Writer // kept across messages when the context is taken over
	zout bytes.Buffer

	fr  io.ReadCloser
	in  inflateInput
	win []byte // the last 32 KiB inflated: the next message's dictionary
}

const (
	// window is DEFLATE's largest window, the only one Go's compressor
	// uses.
	window = 32 << 10
	// keptBuffer is the largest compression buffer kept between messages.
	keptBuffer = 1 << 20
)

// writerPool shares compressors between connections that start every
// message afresh: a compressor weighs about a megabyte.
var writerPool sync.Pool

// compressMessage deflates p as one message: a sync flush whose final
// four bytes (0x00 0x00 0xff 0xff) are dropped. The result is valid until
// the next call.
func compressMessage[T string | []byte](d *deflate, p T) []byte {
	if d.zout.Cap() > keptBuffer {
		d.zout = bytes.Buffer{}
	}
	d.zout.Reset()
	w := d.fw
	switch {
	case d.resetOut:
		if pw, ok := writerPool.Get().(*flate.Writer); ok {
			w = pw
			w.Reset(&d.zout)
		} else {
			w, _ = flate.NewWriter(&d.zout, flate.BestSpeed)
		}
		defer writerPool.Put(w)
	case w == nil:
		w, _ = flate.NewWriter(&d.zout, flate.BestSpeed)
		d.fw = w
	}
	_, _ = w.Write([]byte(p)) // writes to a bytes.Buffer do not fail
	_ = w.Flush()
	b := d.zout.Bytes()
	return b[:len(b)-4]
}

// deflateTail ends a message's data for the inflater: the four bytes the
// sender dropped, then an empty final stored block, so that it stops with
// io.EOF.
var deflateTail = []byte{0x00, 0x00, 0xff, 0xff, 0x01, 0x00, 0x00, 0xff, 0xff}

// decompress inflates a message into a fresh slice of at most limit bytes.
func (d *deflate) decompress(z []byte, limit int64) ([]byte, *ProtocolError) {
	d.in = inflateInput{b: z}
	var dict []byte
	if !d.resetIn {
		dict = d.win
	}
	if d.fr == nil {
		d.fr = flate.NewReaderDict(&d.in, dict)
	} else if err := d.fr.(flate.Resetter).Reset(&d.in, dict); err != nil {
		return nil, corrupt()
	}
	out := make([]byte, 0, min(int64(max(4*len(z), 512)), limit+1))
	for {
		if len(out) == cap(out) {
			out = append(out, 0)[:len(out)]
		}
		n, err := d.fr.Read(out[len(out):cap(out)])
		out = out[:len(out)+n]
		if int64(len(out)) > limit {
			return nil, protocolError(CloseTooBig, "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH", "Max payload size exceeded")
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, corrupt()
		}
	}
	if !d.resetIn {
		d.remember(out)
	}
	return out, nil
}

func corrupt() *ProtocolError {
	return protocolError(CloseInvalidData, "Z_DATA_ERROR", "invalid compressed data")
}

// remember keeps the last window bytes inflated.
func (d *deflate) remember(out []byte) {
	if len(out) >= window {
		d.win = append(d.win[:0], out[len(out)-window:]...)
		return
	}
	if keep := window - len(out); len(d.win) > keep {
		d.win = d.win[:copy(d.win, d.win[len(d.win)-keep:])]
	}
	d.win = append(d.win, out...)
}

// inflateInput feeds a message's data and then deflateTail to the
// inflater. It is an io.ByteReader, so the inflater reads no further than
// it needs.
type inflateInput struct {
	b    []byte
	tail int
}

func (in *inflateInput) Read(p []byte) (int, error) {
	if len(in.b) > 0 {
		n := copy(p, in.b)
		in.b = in.b[n:]
		return n, nil
	}
	if in.tail == len(deflateTail) {
		return 0, io.EOF
	}
	n := copy(p, deflateTail[in.tail:])
	in.tail += n
	return n, nil
}

func (in *inflateInput) ReadByte() (byte, error) {
	var b [1]byte
	if _, err := in.Read(b[:]); err != nil {
		return 0, err
	}
	return b[0], nil
}

package tcp

import (
	"bytes"
	"context"
	"io"
	"net"
	"sync"
	"time"

	"golang.org/x/sys/unix"
)

// adapter is the net.Conn under a connection's tls.Conn. It works in two
// modes.
//
// During the handshake, which runs on a goroutine of its own, it is
// blocking and fed by the loop: the loop reads the socket and appends the
// bytes to in, and Read waits for them. Write writes the ciphertext to the
// non-blocking socket directly — the loop writes nothing meanwhile — until
// the kernel first refuses some; from then on it hands copies to the loop,
// which queues them on the connection. Writing under the adapter's lock,
// which closing takes too, keeps it from writing to a closed descriptor.
//
// After the handshake it runs on the loop only: Read takes what is left in
// in, then reads the non-blocking socket and returns errWouldBlock — a
// Temporary net.Error, which crypto/tls does not make sticky — when it is
// empty; Write writes the ciphertext inline or queues it on the connection,
// never blocking — while a plaintext write is encrypted, it collects the
// records and they go out together (see tls_batch.go).
type adapter struct {
	c *Conn

	mu      sync.Mutex
	in      []byte // read from the socket, not yet taken by crypto/tls
	rerr    error  // the end of the input: EOF, a read error, or cancellation
	closed  bool   // cancelled: the handshake must give up
	stalled bool   // the loop stopped reading because in is full
	posting bool   // handshake writes go through the loop's queue
	fd      int    // the socket, for the handshake's direct writes
	sent    int64  // bytes the handshake wrote directly
	wake    chan struct{}

	ctx    context.Context // the handshake's, cancelled with the adapter
	cancel context.CancelFunc

	loopMode bool // the handshake is over; only the loop uses the adapter
	drained  bool // loop mode: the socket had no more bytes at the last read

	// The records of the bytes handed to crypto/tls (see tls_records.go),
	// touched only by whoever calls Read: the handshake's goroutine, then
	// the loop.
	records   recordScan
	oneRecord bool // the last bytes handed over were one whole record, from a boundary

	batch *batchBuf // loop mode, while encrypting: the records to write at once
}

// maxHandshakeInput bounds what the loop buffers for the handshake before it
// waits for the handshake to consume it.
const maxHandshakeInput = 256 << 10

func newAdapter(c *Conn, pending []byte) *adapter {
	a := &adapter{c: c, fd: c.fd, wake: make(chan struct{}, 1)}
	if len(pending) > 0 {
		a.in = bytes.Clone(pending)
	}
	a.ctx, a.cancel = context.WithCancel(context.Background())
	return a
}

// errWouldBlock is what Read returns in loop mode when the socket is empty.
var errWouldBlock net.Error = wouldBlock{}

type wouldBlock struct{}

func (wouldBlock) Error() string   { return "tcp: read would block" }
func (wouldBlock) Timeout() bool   { return false }
func (wouldBlock) Temporary() bool { return true }

func (a *adapter) signal() {
	select {
	case a.wake <- struct{}{}:
	default:
	}
}

// feed appends bytes the loop read during the handshake. It reports false
// when the buffer is full: the loop must stop reading until the handshake
// takes some (it then posts a read).
func (a *adapter) feed(b []byte) bool {
	a.mu.Lock()
	if len(a.in) == 0 {
		a.in = b
	} else {
		a.in = append(a.in, b...)
	}
	room := len(a.in) < maxHandshakeInput
	a.stalled = !room
	a.mu.Unlock()
	a.signal()
	return room
}

// full reports whether the loop should stop reading for the handshake.
func (a *adapter) full() bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.stalled = len(a.in) >= maxHandshakeInput
	return a.stalled
}

// end records the end of the input seen by the loop during the handshake.
func (a *adapter) end(err error) {
	a.mu.Lock()
	if a.rerr == nil {
		a.rerr = err
	}
	a.mu.Unlock()
	a.signal()
}

// close cancels the adapter: a handshake in progress fails at once.
func (a *adapter) close() {
	a.mu.Lock()
	a.closed = true
	if a.rerr == nil {
		a.rerr = net.ErrClosed
	}
	a.mu.Unlock()
	a.cancel()
	a.signal()
}

// Read implements net.Conn.
func (a *adapter) Read(p []byte) (int, error) {
	if a.loopMode {
		return a.readLoop(p)
	}
	for {
		a.mu.Lock()
		if len(a.in) > 0 {
			n := copy(p, a.in)
			a.in = a.in[n:]
			if len(a.in) == 0 {
				a.in = nil
			}
			resume := a.stalled && len(a.in) < maxHandshakeInput/2
			if resume {
				a.stalled = false
			}
			a.mu.Unlock()
			if resume {
				a.c.l.Post(a.c.readable)
			}
			a.handed(p[:n])
			return n, nil
		}
		err := a.rerr
		a.mu.Unlock()
		if err != nil {
			return 0, err
		}
		<-a.wake
	}
}

// readLoop is Read in loop mode.
func (a *adapter) readLoop(p []byte) (int, error) {
	if len(a.in) > 0 {
		n := copy(p, a.in)
		a.in = a.in[n:]
		if len(a.in) == 0 {
			a.in = nil
		}
		a.handed(p[:n])
		return n, nil
	}
	if a.rerr != nil {
		return 0, a.rerr // the end the loop saw during the handshake
	}
	c := a.c
	if c.st != stateOpen {
		return 0, net.ErrClosed
	}
	if a.drained && !c.peerHup {
		return 0, errWouldBlock
	}
	n, err := sysRead(c.fd, p)
	switch {
	case err == unix.EAGAIN:
		a.drained = true
		return 0, errWouldBlock
	case err != nil:
		return 0, c.ioError("read", err)
	case n == 0:
		return 0, io.EOF
	}
	c.nRead += int64(n)
	a.drained = n < len(p)
	a.handed(p[:n])
	return n, nil
}

// handed follows the records of b, bytes handed to crypto/tls.
func (a *adapter) handed(b []byte) {
	a.oneRecord = a.records.scan(b)
}

// settled reports, in loop mode, that crypto/tls has nothing left to
// read once it has returned plaintext that did not fill the caller's
// buffer: the last bytes it took were one whole record (which it has
// then consumed), the socket had no more, and the adapter holds no bytes
// and no end of its own. Reading again would only get errWouldBlock.
func (a *adapter) settled() bool {
	return a.oneRecord && a.drained && len(a.in) == 0 && a.rerr == nil && !a.c.peerHup
}

// Write implements net.Conn.
func (a *adapter) Write(p []byte) (int, error) {
	if a.loopMode {
		c := a.c
		if c.st != stateOpen {
			return 0, net.ErrClosed
		}
		if a.batch != nil {
			a.collect(p)
			return len(p), nil
		}
		c.writeRaw(p, nil, true)
		if c.st != stateOpen {
			return 0, net.ErrClosed
		}
		return len(p), nil
	}
	total := len(p)
	a.mu.Lock()
	if a.closed {
		a.mu.Unlock()
		return 0, net.ErrClosed
	}
	if !a.posting {
		n, err := sysWrite(a.fd, p)
		if err != nil && err != unix.EAGAIN {
			a.mu.Unlock()
			return 0, a.c.ioError("write", err)
		}
		n = max(n, 0)
		a.sent += int64(n)
		if n == len(p) {
			a.mu.Unlock()
			return n, nil
		}
		p = p[n:]
		a.posting = true
	}
	a.mu.Unlock()
	b := bytes.Clone(p)
	c := a.c
	c.l.Post(func() {
		if c.st == stateOpen {
			c.writeRaw(b, nil, false)
		}
	})
	return total, nil
}

// Close implements net.Conn; crypto/tls calls it when the handshake's
// context is cancelled. The connection itself closes the socket.
func (a *adapter) Close() error {
	a.close()
	return nil
}

// LocalAddr implements net.Conn with the address cached by the connection.
func (a *adapter) LocalAddr() net.Addr { return a.c.local.netAddr() }

// RemoteAddr implements net.Conn.
func (a *adapter) RemoteAddr() net.Addr { return a.c.remote.netAddr() }

// SetDeadline implements net.Conn; deadlines do not apply (nothing blocks
// but the handshake, which has a timeout of its own).
func (a *adapter) SetDeadline(time.Time) error { return nil }

// SetReadDeadline implements net.Conn; see SetDeadline.
func (a *adapter) SetReadDeadline(time.Time) error { return nil }

// SetWriteDeadline implements net.Conn; see SetDeadline.
func (a *adapter) SetWriteDeadline(time.Time) error { return nil }

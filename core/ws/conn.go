package ws

import (
	"math/rand/v2"
	"net/http"
	"time"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/core/tcp"
	"github.com/nodeshim/nodeshim/core/tlsconn"
)

// MessageType tells a text message from a binary one.
type MessageType uint8

const (
	// Text messages carry UTF-8 (checked on receipt).
	Text MessageType = 1
	// Binary messages carry bytes.
	Binary MessageType = 2
)

// State is where a connection is in its life; the values are the WHATWG
// API's readyState.
type State uint8

const (
	// Connecting: the opening handshake is under way.
	Connecting State = iota
	// Open: messages flow.
	Open
	// Closing: a close frame was sent or received.
	Closing
	// Closed: the connection is closed (its OnClose may still be on its
	// way).
	Closed
)

// Handler receives a connection's events on the loop's goroutine, from loop
// callbacks of their own (never from inside a method the owner calls, but
// for a send's done callback when the kernel takes the frame at once), so
// a handler may call any method at any time.
type Handler interface {
	// OnOpen reports the completed opening handshake with the subprotocol
	// and the extensions agreed ("" when none).
	OnOpen(protocol, extensions string)
	// OnMessage delivers a complete message. data is a fresh slice that
	// the handler owns (a JavaScript façade may wrap it without copying);
	// text has been checked to be UTF-8.
	OnMessage(kind MessageType, data []byte)
	// OnDrain reports that every message sent has been handed to the
	// kernel, after a send had returned a non-zero buffered amount.
	OnDrain()
	// OnError reports a failure that ends the connection: a failed dial
	// (an *sockerr.Error) or TLS handshake, a failed opening handshake
	// (*HandshakeError), a protocol violation by the peer
	// (*ProtocolError), or a socket error. OnClose follows with
	// CloseAbnormal.
	OnError(err error)
	// OnClose is the last event, exactly once: the code and reason of the
	// peer's close frame (CloseNoStatus when it had none), or
	// CloseAbnormal and "" when the connection ended without one or
	// failed; wasClean tells whether close frames went both ways.
	OnClose(code int, reason string, wasClean bool)
}

// Options are the settings both ends share.
type Options struct {
	// MaxMessageSize bounds a received message, after decompression;
	// larger ones fail the connection with CloseTooBig.
	// DefaultMaxMessageSize when 0.
	MaxMessageSize int64
	// HandshakeTimeout bounds the opening handshake (for a client, from
	// Dial: name resolution, connecting and TLS included); 0 means no
	// limit.
	HandshakeTimeout time.Duration
	// CloseTimeout bounds the closing handshake: how long to wait for the
	// peer's close frame, and a client for the server to close the TCP
	// connection after it. DefaultCloseTimeout when 0.
	CloseTimeout time.Duration
	// CompressionThreshold is the smallest message compressed when
	// permessage-deflate is in use; DefaultCompressionThreshold when 0.
	CompressionThreshold int
}

const (
	// DefaultMaxMessageSize is 100 MiB, the npm ws package's maxPayload.
	DefaultMaxMessageSize = 100 << 20
	// DefaultCloseTimeout is the npm ws package's closeTimeout.
	DefaultCloseTimeout = 30 * time.Second
	// DefaultCompressionThreshold is the npm ws package's threshold.
	DefaultCompressionThreshold = 1024
)

func (o Options) withDefaults() Options {
	if o.MaxMessageSize <= 0 {
		o.MaxMessageSize = DefaultMaxMessageSize
	}
	if o.CloseTimeout <= 0 {
		o.CloseTimeout = DefaultCloseTimeout
	}
	if o.CompressionThreshold <= 0 {
		o.CompressionThreshold = DefaultCompressionThreshold
	}
	return o
}

// Conn is a WebSocket connection, client or server end, over a tcp.Conn
// (and TLS for wss) driven by the loop. Dial makes a client; Accept turns
// an accepted tcp.Conn into a server end. All methods must be called on
// the loop's goroutine. See the package documentation for the contract.
type Conn struct {
	tc     *tcp.Conn
	sc     *tlsconn.Conn // the TLS layer of a secure connection, else nil
	h      Handler
	opts   Options
	client bool
	state  State

	hs         *handshake // the opening handshake, until open
	protocol   string
	extensions string
	req        *http.Request // server: the upgrade request
	defl       *deflate      // permessage-deflate, when agreed

	rd      reader
	pending []byte // received bytes not parsed yet, kept over a Pause
	paused  bool
	resumed bool // a task resuming the parse is queued

	sends     sendQueue
	buffered  int // payload bytes of sends not yet handed to the kernel
	needDrain bool
	sentFn    func(error) // c.sent, bound once
	rng       *rand.ChaCha8

	sentClose, gotClose bool
	peerCode            int
	peerReason          string
	closeTimer          *loop.Timer
	handshakeTimer      *loop.Timer
	failed              bool // the close is abnormal whatever frames went
	reported            bool // OnError has been called
}

func newConn(tc *tcp.Conn, sc *tlsconn.Conn, opts Options, client bool) *Conn {
	c := &Conn{tc: tc, sc: sc, h: nopHandler{}, opts: opts.withDefaults(), client: client}
	c.sentFn = c.sent
	if client {
		c.rng = newMaskSource()
	}
	tc.SetReadReuse(true)
	tc.SetHandler((*netEvents)(c))
	if d := c.opts.HandshakeTimeout; d > 0 {
		c.handshakeTimer = tc.Loop().NewTimer(d, c.handshakeTimedOut)
		c.handshakeTimer.Unref() // the connection's handle keeps the loop alive
	}
	return c
}

// SetHandler sets the receiver of the connection's events; set it right
// after Dial or Accept, before returning to the loop.
func (c *Conn) SetHandler(h Handler) {
	if h == nil {
		h = nopHandler{}
	}
	c.h = h
}

// State returns where the connection is: the WHATWG readyState.
func (c *Conn) State() State { return c.state }

// Protocol returns the subprotocol agreed in the opening handshake.
func (c *Conn) Protocol() string { return c.protocol }

// Extensions returns the extensions agreed, as the
// Sec-WebSocket-Extensions header of the server's response says them.
func (c *Conn) Extensions() string { return c.extensions }

// Request returns the upgrade request of a server end once it has been
// read (its URL, headers and Host), or nil.
func (c *Conn) Request() *http.Request { return c.req }

// IsClient reports whether this is the client end.
func (c *Conn) IsClient() bool { return c.client }

// TCP returns the underlying connection, for its addresses, socket options
// and byte counts. Do not read, write or close it directly.
func (c *Conn) TCP() *tcp.Conn { return c.tc }

// TLS returns the TLS layer of a secure connection (wss, or a server
// accepted with TLS), for its certificates and protocol; nil otherwise.
func (c *Conn) TLS() *tlsconn.Conn { return c.sc }

// Buffered returns the payload bytes of messages sent and not yet handed
// to the kernel: the WHATWG bufferedAmount while open (counting each
// message's bytes before compression, not the framing).
func (c *Conn) Buffered() int { return c.buffered }

// Ref makes the connection keep the loop alive (the default).
func (c *Conn) Ref() { c.tc.Ref() }

// Unref lets the loop exit while the connection is open.
func (c *Conn) Unref() { c.tc.Unref() }

// HasRef reports whether the connection keeps the loop alive.
func (c *Conn) HasRef() bool { return c.tc.HasRef() }

// nopHandler drops every event; a connection uses it until SetHandler.
type nopHandler struct{}

func (nopHandler) OnOpen(string, string)         {}
func (nopHandler) OnMessage(MessageType, []byte) {}
func (nopHandler) OnDrain()                      {}
func (nopHandler) OnError(error)                 {}
func (nopHandler) OnClose(int, string, bool)     {}

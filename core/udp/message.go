package udp

import (
	"net/netip"

	"github.com/nodeshim/nodeshim/core/sockerr"
)

// Message is one received datagram.
type Message struct {
	// Data is the datagram's payload. The core never reuses it.
	Data []byte
	// From is the sender's address and port. On a dual-stack IPv6 socket an
	// IPv4 sender appears in its IPv4-mapped form (::ffff:a.b.c.d), as in Node.
	From netip.AddrPort
	// To is the datagram's destination address: the local unicast address
	// it was sent to, the multicast group, or the broadcast address. It has
	// the same form as From.
	To netip.Addr
	// IfIndex and IfName identify the interface the datagram arrived on.
	IfIndex int
	IfName  string
}

// Handler holds the callbacks through which a socket reports events. Each
// runs on the loop's goroutine; any of them may be nil.
type Handler struct {
	// OnMessage receives each datagram.
	OnMessage func(Message)
	// OnError reports a failure that leaves the socket open: a receive
	// error (such as ECONNREFUSED on a connected socket whose peer is not
	// listening) or a failed send that had no done callback.
	OnError func(*sockerr.Error)
	// OnDrain runs after a flush of the send queue leaves it empty.
	OnDrain func()
	// OnClose runs once, after Close, as the socket's last event.
	OnClose func()
}

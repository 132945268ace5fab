// Package udp is the socket core's UDP handle: a non-blocking datagram socket
// driven by the event loop of package loop, on which both the Node dgram
// module and the W3C UDPSocket are built.
//
// # Contract
//
// A Socket is created bound, by Open, from a unix.Socket file descriptor that
// never enters Go's netpoller: the loop's epoll watches it and the loop
// goroutine reads and writes it inline. Every method must be called on the
// loop's goroutine, and every callback of a Handler runs there, as a loop
// task, never from inside a method call.
//
// Reading starts at Open. When the socket is readable the loop receives up to
// 32 datagrams per recvmmsg call into a scratch area shared by all sockets
// (one per loop reading at that moment), copies them into one fresh
// allocation per batch and calls OnMessage once per datagram with a Message
// whose Data the core never touches again. Besides the sender, a Message carries the datagram's
// destination address and the index and name of the interface it arrived on
// (IP_PKTINFO, IPV6_RECVPKTINFO), so a multicast receiver knows which group a
// datagram was sent to. Pause stops reading (datagrams then queue in the
// kernel and may be dropped); datagrams already read when Pause is called
// from OnMessage are kept and delivered after Resume, in order.
//
// Send never blocks and never calls back from inside itself: it queues the
// datagram, and the queue is flushed with sendmmsg at the end of the current
// read callback (for replies sent from OnMessage) or else in the loop's check
// phase, so datagrams sent in one tick go out in batches. What the kernel does
// not take (EAGAIN) stays queued until the socket is writable. Datagrams go
// out in order; each send's done callback, if any, reports its outcome; a
// failed send without one is reported through OnError. Failures of one
// datagram, such as EMSGSIZE for an oversize one, never close the socket.
// OnDrain runs after each flush that empties the queue. The bytes passed to
// Send are referenced, not copied, until the datagram is handed to the kernel:
// the caller must not modify them before then.
//
// Close tries once, without blocking, to hand the queued datagrams to the
// kernel, reports the rest as ECANCELED, closes the descriptor and releases
// the socket's loop Handle; then, as the last event, OnClose runs exactly once.
// Each open socket holds a Handle that keeps the loop alive (see Ref, Unref).
//
// # Addresses and errors
//
// Addresses are netip values of the socket's family; host names are resolved
// by the façades. As in Node, an IPv4 address given to an IPv6 socket (or the
// reverse) is EINVAL; to reach IPv4 peers from a dual-stack IPv6 socket, pass
// the IPv4-mapped form (netip.AddrFrom16). A link-local IPv6 address carries
// its interface as the zone. Multicast interfaces are selected by Interface
// (index, name, or IPv4 address), which ParseInterface reads from the strings
// that Node ("10.0.0.1", "::%eth0") and the W3C API ("eth0") use.
//
// Every error is a *sockerr.Error with Node's code (EADDRINUSE, EADDRNOTAVAIL,
// EMSGSIZE, EINVAL, EACCES, ENODEV ...) and the syscall name Node reports
// ("bind", "send", "recvmsg", "setTTL", "addMembership" ...), so both façades
// report the same failure the same way. Kernel behaviour is kept as it is,
// including Linux's: disconnecting a socket bound to port 0 loses the port, as
// it does in Node.
package udp

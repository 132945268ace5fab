package tcp

// Handler receives a connection's events. The core calls its methods on the
// loop's goroutine, from loop callbacks of their own: never from inside a
// call that the handler's owner makes on the connection, so a handler may
// call any method of the connection (Write, Pause, Destroy ...) at any time.
// Write's done callback is the one exception (see Conn.Write).
type Handler interface {
	// OnData delivers bytes received, in order. The slice is the handler's
	// and exactly as long as the read, its capacity included: the handler
	// owns it and may keep it (wrap it in an ArrayBuffer) without copying.
	// Its array may be a recycled one, reused once nothing refers to it.
	OnData(b []byte)
	// OnEnd reports the peer's end of stream (its FIN, or a TLS
	// close_notify). No OnData follows it.
	OnEnd()
	// OnDrain reports that everything queued has been handed to the kernel,
	// after a Write had returned a non-zero queued count.
	OnDrain()
	// OnError reports the failure that is closing the connection;
	// OnClose(true) follows it. A failure to connect or to complete a TLS
	// handshake goes to that operation's callback instead.
	OnError(err error)
	// OnClose reports that the connection is closed. It is always the last
	// event and comes exactly once (unless the handler is a CloseIgnorer);
	// hadError tells whether a failure closed the connection.
	OnClose(hadError bool)
}

// nopHandler drops every event; a connection uses it until SetHandler.
type nopHandler struct{}

func (nopHandler) OnData([]byte) {}
func (nopHandler) OnEnd()        {}
func (nopHandler) OnDrain()      {}
func (nopHandler) OnError(error) {}
func (nopHandler) OnClose(bool)  {}

// CloseIgnorer is a Handler whose OnClose does nothing. A connection with
// such a handler that closes with nothing left to report (no failure, no
// write or CloseWrite callback pending) skips OnClose, and so the loop task
// that would deliver it: a server that closes every connection it accepts
// would otherwise pay that task per connection for nothing.
type CloseIgnorer interface {
	Handler
	// IgnoresClose marks the handler; the connection never calls it.
	IgnoresClose()
}

package ws

// netEvents receives the tcp.Conn's events for its WebSocket connection.
type netEvents Conn

func (e *netEvents) OnData(b []byte) {
	c := (*Conn)(e)
	if c.state == Connecting {
		c.hs.onData(c, b)
		return
	}
	c.receive(b)
}

// OnEnd handles the peer's FIN: the end of a clean close when its close
// frame came first, otherwise an abnormal end.
func (e *netEvents) OnEnd() {
	c := (*Conn)(e)
	if c.state == Connecting {
		c.failHandshake(&HandshakeError{Message: "Connection closed before the opening handshake completed"})
		return
	}
	c.state = Closing
	c.tc.Close()
}

func (e *netEvents) OnDrain() {
	c := (*Conn)(e)
	if c.needDrain && c.buffered == 0 {
		c.needDrain = false
		c.h.OnDrain()
	}
}

// OnError reports a socket error, unless the closing handshake had
// already completed (the peer resetting a connection it was done with
// loses nothing).
func (e *netEvents) OnError(err error) {
	c := (*Conn)(e)
	if c.sentClose && c.gotClose && !c.failed {
		return
	}
	c.report(err)
}

func (e *netEvents) OnClose(bool) {
	c := (*Conn)(e)
	c.state = Closed
	c.hs = nil
	c.stopTimers()
	code, reason, clean := CloseAbnormal, "", false
	if !c.failed && c.gotClose {
		code, reason, clean = c.peerCode, c.peerReason, c.sentClose
	}
	c.h.OnClose(code, reason, clean)
}

// report makes the close abnormal and reports err, once.
func (c *Conn) report(err error) {
	c.failed = true
	if !c.reported {
		c.reported = true
		c.h.OnError(err)
	}
}

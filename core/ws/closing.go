package ws

// Close starts the closing handshake: a close frame with code and reason
// goes out after the messages already sent, and the connection closes once
// the peer's close frame has come back (a client then waits for the server
// to close the TCP connection), or after Options.CloseTimeout. Code 0 sends
// a close frame without a code (the peer sees CloseNoStatus); otherwise
// code must be one allowed on the wire and reason at most MaxCloseReason
// bytes of UTF-8 (ErrCloseCode, ErrCloseReason; see CheckUserClose for the
// WHATWG API's stricter rules). Messages may still arrive until the peer's
// close frame.
//
// Closing a connection still in its opening handshake aborts it, as the
// WHATWG API does: OnError(ErrClosedBeforeOpen), then OnClose with
// CloseAbnormal. Closing a closing or closed connection does nothing.
func (c *Conn) Close(code int, reason string) error {
	if err := checkClose(code, reason); err != nil {
		return err
	}
	switch c.state {
	case Connecting:
		c.state = Closing
		c.failed, c.reported = true, true
		c.tc.Loop().Post(func() { c.h.OnError(ErrClosedBeforeOpen) })
		c.tc.Destroy()
	case Open:
		c.state = Closing
		c.sendClose(code, reason)
		c.armCloseTimer()
	}
	return nil
}

// Destroy closes the TCP connection at once, dropping what is queued and
// skipping the closing handshake: OnClose follows from a later task, with
// CloseAbnormal unless close frames had already gone both ways.
func (c *Conn) Destroy() {
	if c.state == Closed {
		return
	}
	if !(c.sentClose && c.gotClose) {
		c.failed = true
	}
	c.state = Closing
	c.tc.Destroy()
}

func (c *Conn) sendClose(code int, reason string) {
	c.sentClose = true
	c.writeControl(opClose, closePayload(code, reason))
}

// onCloseFrame handles the peer's close frame: answer it (echoing its
// code and reason, as the npm ws package does) unless ours went first;
// then a server closes the TCP connection and a client waits for the
// server to.
func (c *Conn) onCloseFrame(code int, reason string) {
	c.gotClose = true
	c.peerCode, c.peerReason = code, reason
	if !c.sentClose {
		if code == CloseNoStatus {
			c.sendClose(0, "")
		} else {
			c.sendClose(code, reason)
		}
	}
	c.state = Closing
	if c.client {
		c.armCloseTimer()
		return
	}
	c.stopTimers()
	c.tc.Close()
}

// fail fails the connection for a protocol violation: the peer gets a
// close frame with the error's status, the error is reported, and the
// connection lingers until it closes; OnClose says CloseAbnormal.
func (c *Conn) fail(err *ProtocolError) {
	if !c.sentClose {
		c.sendClose(err.Status, "")
	}
	c.linger()
	c.report(err)
}

// failHandshake ends a connection whose opening handshake failed: a
// client closes at once, a server lingers after its refusal.
func (c *Conn) failHandshake(err *HandshakeError) {
	if c.client {
		c.state = Closing
		c.tc.Close()
	} else {
		c.linger()
	}
	c.report(err)
}

// linger closes a failed connection without losing what was last sent:
// closing a socket with unread bytes would send RST, and the peer could
// lose our close frame or refusal. So the FIN follows what is queued, and
// the peer's bytes are read and dropped until its FIN, or CloseTimeout.
func (c *Conn) linger() {
	c.state = Closing
	c.failed = true
	c.paused, c.pending = false, nil
	c.tc.CloseWrite(nil)
	c.tc.Resume()
	c.armCloseTimer()
}

func (c *Conn) handshakeTimedOut() {
	if c.state != Connecting {
		return
	}
	c.state = Closing
	c.tc.Destroy()
	c.report(&HandshakeError{Message: "Opening handshake has timed out"})
}

// armCloseTimer (re)starts the wait for the peer's side of the closing
// handshake.
func (c *Conn) armCloseTimer() {
	if c.closeTimer == nil {
		c.closeTimer = c.tc.Loop().NewTimer(c.opts.CloseTimeout, c.closeTimedOut)
		c.closeTimer.Unref() // the connection's handle keeps the loop alive
		return
	}
	c.closeTimer.Reset(c.opts.CloseTimeout)
}

func (c *Conn) closeTimedOut() {
	if c.state != Closed {
		c.Destroy()
	}
}

func (c *Conn) stopTimers() {
	if c.closeTimer != nil {
		c.closeTimer.Stop()
	}
	if c.handshakeTimer != nil {
		c.handshakeTimer.Stop()
	}
}

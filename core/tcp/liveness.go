package tcp

// SetAliveOnlyWhileBusy makes the connection keep the loop alive only while
// it has work under way — connecting, reading (not paused and before the
// peer's end), writes or an end still to flush, or a TLS handshake — as
// libuv's handles do: a Node script whose only open socket is paused exits.
// By default an open connection keeps the loop alive until it closes, as
// the W3C contract wants of its sockets. A Ref'd connection only; Unref
// still lets the loop exit at any time.
func (c *Conn) SetAliveOnlyWhileBusy(on bool) {
	c.onlyBusy = on
	if on {
		c.updateAlive()
	} else {
		c.handle.SetActive(true)
	}
}

// busy reports whether the connection has work under way (see
// SetAliveOnlyWhileBusy).
func (c *Conn) busy() bool {
	switch c.st {
	case stateConnecting:
		return true
	case stateClosed:
		return false
	}
	return (!c.paused && !c.readEOF) || !c.q.empty() || c.handshaking() || c.closing || (c.wantEnd && !c.writeShut)
}

// updateAlive tells the loop handle whether the connection is busy, when
// only a busy connection keeps the loop alive. Every place that can change
// busy() calls it: the epoll callback, the tasks the connection posts, and
// the methods a caller changes it with.
func (c *Conn) updateAlive() {
	if c.onlyBusy {
		c.handle.SetActive(c.busy())
	}
}

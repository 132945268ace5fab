package loop

// Handle is the keep-alive reference of a long-lived object such as a socket
// or a server: while it is referenced and not closed, the loop stays alive.
// A new handle is referenced. Its methods must be called on the loop's
// goroutine.
type Handle struct {
	l      *Loop
	refed  bool
	closed bool
}

// NewHandle returns a referenced handle.
func (l *Loop) NewHandle() *Handle {
	l.refs.Add(1)
	return &Handle{l: l, refed: true}
}

// Ref makes the handle keep the loop alive again. It does nothing on a closed
// handle.
func (h *Handle) Ref() {
	if !h.refed && !h.closed {
		h.refed = true
		h.l.refs.Add(1)
	}
}

// Unref lets the loop exit while the handle is still open.
func (h *Handle) Unref() {
	if h.refed {
		h.refed = false
		h.l.refs.Add(-1)
	}
}

// HasRef reports whether the handle keeps the loop alive.
func (h *Handle) HasRef() bool {
	return h.refed
}

// Close drops the handle's reference for good.
func (h *Handle) Close() {
	h.Unref()
	h.closed = true
}

package loop

// Handle is the keep-alive reference of a long-lived object such as a socket
// or a server: while it is referenced, active and not closed, the loop stays
// alive. A new handle is referenced and active. Its methods must be called
// on the loop's goroutine.
type Handle struct {
	l        *Loop
	refed    bool
	inactive bool
	closed   bool
}

// NewHandle returns a referenced, active handle.
func (l *Loop) NewHandle() *Handle {
	l.refs.Add(1)
	return &Handle{l: l, refed: true}
}

// counts reports whether the handle holds one of the loop's references.
func (h *Handle) counts() bool {
	return h.refed && !h.inactive && !h.closed
}

// update changes the handle's state with f, then takes or gives back its
// reference as the state now says.
func (h *Handle) update(f func()) {
	before := h.counts()
	f()
	switch after := h.counts(); {
	case after && !before:
		h.l.refs.Add(1)
	case before && !after:
		h.l.refs.Add(-1)
	}
}

// Ref makes the handle keep the loop alive again. It does nothing on a closed
// handle.
func (h *Handle) Ref() {
	h.update(func() { h.refed = true })
}

// Unref lets the loop exit while the handle is still open.
func (h *Handle) Unref() {
	h.update(func() { h.refed = false })
}

// SetActive says whether the handle has work under way. As libuv's
// inactive handles, an inactive handle does not keep the loop alive even
// while referenced (a socket that is neither reading nor writing, say).
func (h *Handle) SetActive(active bool) {
	h.update(func() { h.inactive = !active })
}

// HasRef reports whether the handle is referenced (whatever its activity).
func (h *Handle) HasRef() bool {
	return h.refed && !h.closed
}

// Close drops the handle's reference for good.
func (h *Handle) Close() {
	h.update(func() { h.closed = true })
}

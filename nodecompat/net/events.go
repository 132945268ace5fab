package net

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// The handle's tcp.Handler methods: the core calls them on the loop, each
// from a task of its own.

// OnData pushes a chunk into the owner's readable side — the one
// JavaScript call of a read — and stops reading when the readable buffer
// is full, so that the kernel's window closes on the peer.
func (h *handle) OnData(b []byte) {
	h.touch()
	owner := h.owner
	if owner == nil {
		return
	}
	h.chunk, h.more = b, true
	h.m.call(h.push)
	h.chunk = nil
	if !h.more && h.reading && h.owner == owner {
		h.reading = false
		h.conn.Pause()
	}
}

// pushChunk pushes h.chunk into the owner and records push's answer in h.more;
// a method value made once per handle, so that a read allocates nothing
// for the call.
func (h *handle) pushChunk() {
	idle := goja.Undefined()
	if h.reading {
		idle = h.m.socketRead
	}
	h.more = h.m.stream.PushProducing(h.owner, h.chunk, idle)
}

// readingAlready tells whether socket's _read would do nothing: its
// handle is one of the module's and reads already.
func (m *Module) readingAlready(socket *goja.Object) bool {
	h := m.handleOf(socket.Get("_handle"))
	return h != nil && h.reading
}

// OnEnd reports the peer's end of stream.
func (h *handle) OnEnd() {
	h.touch()
	if h.owner != nil {
		h.m.callJS(h.m.onEnd, h.owner)
	}
}

// OnDrain is not needed: the stream counts its own buffered bytes.
func (h *handle) OnDrain() {}

// OnError hands the failure that closes the connection to the owner,
// which destroys itself with it.
func (h *handle) OnError(err error) {
	if h.owner != nil {
		h.m.callJS(h.m.onError, h.owner, h.m.jsError(err))
	}
}

// OnClose needs nothing: close callbacks are scheduled by close itself.
func (h *handle) OnClose(bool) {}

// IgnoresClose makes the handle a tcp.CloseIgnorer, sparing the loop task
// of OnClose after a clean close.
func (h *handle) IgnoresClose() {}

// jsError converts a core error to Node's JavaScript error; nil gives
// undefined.
func (m *Module) jsError(err error) goja.Value {
	if err == nil {
		return goja.Undefined()
	}
	return nodeerr.FromSocket(m.vm, sockerr.Wrap("", err, "", 0))
}

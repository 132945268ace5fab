package net

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/tcp"
)

// The Go API the tls package builds on.

// Shared returns the net scripts' internals object (the Socket and Server
// classes, the binding, the argument checks), which the tls scripts
// extend.
func (m *Module) Shared() *goja.Object { return m.shared }

// RunScripts runs programs compiled with CompileScripts on the module's
// runtime, each with the internals object as its argument.
func (m *Module) RunScripts(progs []*goja.Program) {
	runScripts(m.vm, m.shared, progs)
}

// Conn returns the core connection of a socket handle, or nil when the
// value is no handle or the handle has no connection (yet).
func (m *Module) Conn(handle goja.Value) *tcp.Conn {
	if h := m.handleOf(handle); h != nil && h.successor == nil {
		return h.conn
	}
	return nil
}

// TakeOver gives the connection of a socket's handle to a new handle of
// the same class and returns that: how a TLSSocket takes over the socket
// it wraps. From then on the connection's events go to the new handle,
// which does not read until its socket asks; the old handle stops
// reading and writing on its own, and its close callback waits for the
// new handle's close (so the wrapped socket's 'close' comes first).
// Closing the old handle while the new one is open calls the new
// handle's owner's method under the binding's kPredecessorClosed, if it
// has one (see handle.predecessorClosed). ok is false when the value is
// no handle with a connection.
func (m *Module) TakeOver(handle goja.Value) (successor *goja.Object, ok bool) {
	h := m.handleOf(handle)
	if h == nil || h.conn == nil || h.successor != nil || h.closeWanted {
		return nil, false
	}
	s := m.newHandle(h.isTCP)
	s.conn = h.conn
	s.conn.SetHandler(s)
	s.conn.Pause()
	h.successor = s
	h.owner = nil
	h.reading = false
	set(h.obj, "reading", false)
	return s.obj, true
}

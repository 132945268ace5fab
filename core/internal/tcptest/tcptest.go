// Package tcptest holds what tests of the stream packages (tcp, tlsconn and
// their end-to-end tests) share: a connection handler made of optional
// functions. It does not import tcp, so tcp's own tests can use it.
package tcptest

// Handler is a tcp.Handler made of optional functions: each event calls its
// function when set and is ignored otherwise.
type Handler struct {
	Data  func(b []byte)
	End   func()
	Drain func()
	Err   func(err error)
	Close func(hadError bool)
}

// OnData calls Data, if set.
func (h Handler) OnData(b []byte) {
	if h.Data != nil {
		h.Data(b)
	}
}

// OnEnd calls End, if set.
func (h Handler) OnEnd() {
	if h.End != nil {
		h.End()
	}
}

// OnDrain calls Drain, if set.
func (h Handler) OnDrain() {
	if h.Drain != nil {
		h.Drain()
	}
}

// OnError calls Err, if set.
func (h Handler) OnError(err error) {
	if h.Err != nil {
		h.Err(err)
	}
}

// OnClose calls Close, if set.
func (h Handler) OnClose(hadError bool) {
	if h.Close != nil {
		h.Close(hadError)
	}
}

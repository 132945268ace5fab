package tls

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
)

// A client's sessions, as OpenSSL reports them to Node: a session the
// server issues is reported ('session') and is what getSession() returns,
// except on a resumed connection, whose session is the one resumed until
// the server issues another after the handshake (TLS 1.3). A TLS 1.2 ticket
// comes during the handshake, so a resumed TLS 1.2 connection reports no
// session even when the server renews its ticket (crypto/tls servers
// always do; the old one still resumes).

// issued takes a session the server issued (the core's OnSession).
func (w *wrap) issued(s []byte) {
	if w.handshaking {
		w.held = s
		return
	}
	w.report(s)
}

// handshakeOver settles the session of a client whose handshake succeeded:
// the one resumed, or the one issued during the handshake.
func (w *wrap) handshakeOver() {
	w.handshaking = false
	held := w.held
	w.held = nil
	switch {
	case w.conn.SessionReused():
		w.session = w.resumable
	case held != nil:
		w.report(held)
	}
}

// report makes s the session in use and tells the script.
func (w *wrap) report(s []byte) {
	w.session = s
	if w.onSession != nil {
		w.m.host.Call(w.onSession, goja.Undefined(), buffer.Wrap(w.m.vm, append([]byte(nil), s...)))
	}
}

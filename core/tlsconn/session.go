package tlsconn

import (
	"crypto/tls"
	"encoding/binary"

	"github.com/nodeshim/nodeshim/core/loop"
)

// Client session resumption. A session is serialized as a version byte,
// the ticket's length (uvarint), the ticket, and crypto/tls's session state;
// the bytes are opaque to the façades, like Node's session Buffer.

const sessionFormat = 1

// sessionCache is a client's crypto/tls session cache for one connection:
// it offers the session given to resume and reports the sessions the
// server issues.
type sessionCache struct {
	l      *loop.Loop
	resume *tls.ClientSessionState
	onNew  func(session []byte)
}

func newSessionCache(l *loop.Loop, session []byte, onNew func([]byte)) *sessionCache {
	return &sessionCache{l: l, resume: decodeSession(session), onNew: onNew}
}

// Get implements tls.ClientSessionCache.
func (s *sessionCache) Get(string) (*tls.ClientSessionState, bool) {
	return s.resume, s.resume != nil
}

// Put implements tls.ClientSessionCache; it may run on the handshake's
// goroutine, so the report is posted to the loop.
func (s *sessionCache) Put(_ string, cs *tls.ClientSessionState) {
	if cs == nil || s.onNew == nil {
		return
	}
	b := encodeSession(cs)
	if b == nil {
		return
	}
	s.l.Post(func() { s.onNew(b) })
}

func encodeSession(cs *tls.ClientSessionState) []byte {
	ticket, state, err := cs.ResumptionState()
	if err != nil || state == nil {
		return nil
	}
	sb, err := state.Bytes()
	if err != nil {
		return nil
	}
	b := []byte{sessionFormat}
	b = binary.AppendUvarint(b, uint64(len(ticket)))
	b = append(b, ticket...)
	return append(b, sb...)
}

// decodeSession returns nil for anything it cannot read, which then is
// simply not resumed.
func decodeSession(b []byte) *tls.ClientSessionState {
	if len(b) < 2 || b[0] != sessionFormat {
		return nil
	}
	n, k := binary.Uvarint(b[1:])
	if k <= 0 || uint64(len(b)-1-k) < n {
		return nil
	}
	ticket := b[1+k : 1+k+int(n)]
	state, err := tls.ParseSessionState(b[1+k+int(n):])
	if err != nil {
		return nil
	}
	cs, err := tls.NewResumptionState(ticket, state)
	if err != nil {
		return nil
	}
	return cs
}

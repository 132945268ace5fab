package tlsconn

import (
	"bytes"
	"testing"
	"time"

	"github.com/nodeshim/nodeshim/core/internal/tcptest"
	"github.com/nodeshim/nodeshim/core/internal/testcert"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// issueSession makes one connection to sctx and returns the last session
// the server issued.
func issueSession(t *testing.T, sctx, cctx *Context) []byte {
	t.Helper()
	var sessions [][]byte
	r := handshake(t, sctx, cctx, ConnOptions{}, ConnOptions{OnSession: func(s []byte) { sessions = append(sessions, s) }}, func(r *result) {
		// TLS 1.3 tickets come after the handshake: read until the
		// server's end, which follows them.
		r.client.SetHandler(tcptest.Handler{End: r.client.Destroy})
		r.server.CloseWrite(nil)
		r.server.SetHandler(tcptest.Handler{Close: func(bool) {}})
		r.client.Loop().NewTimer(50*time.Millisecond, r.server.Destroy)
	})
	require.NoError(t, r.clientErr)
	require.NotEmpty(t, sessions)
	return sessions[len(sessions)-1]
}

// resumes reports whether session resumes with sctx.
func resumes(t *testing.T, sctx, cctx *Context, session []byte) bool {
	t.Helper()
	var reused bool
	r := handshake(t, sctx, cctx, ConnOptions{}, ConnOptions{Session: session}, func(r *result) {
		reused = r.client.SessionReused()
		closeBoth(r)
	})
	require.NoError(t, r.clientErr)
	return reused
}

func TestTicketKeysDecideWhichServersResume(t *testing.T) {
	ca, leaf := testcert.Localhost(t)
	keysA, keysB := bytes.Repeat([]byte("a"), 48), bytes.Repeat([]byte("b"), 48)
	server := func(keys []byte) *Context {
		return newContext(t, ContextOptions{Cert: []string{leaf.CertPEM}, Key: []string{leaf.KeyPEM}, TicketKeys: keys})
	}
	for _, version := range []string{"TLSv1.3", "TLSv1.2"} {
		t.Run(version, func(t *testing.T) {
			cctx := newContext(t, ContextOptions{CA: []string{ca.CertPEM}, MaxVersion: version})
			one := server(keysA)
			session := issueSession(t, one, cctx)
			assert.True(t, resumes(t, server(keysA), cctx, session), "another context with the same keys")
			assert.False(t, resumes(t, server(keysB), cctx, session), "other keys")
			assert.False(t, resumes(t, server(nil), cctx, session), "random keys")
			one.SetTicketKeys(keysB)
			assert.False(t, resumes(t, one, cctx, session), "keys replaced since")
			assert.True(t, resumes(t, one, cctx, issueSession(t, one, cctx)), "a session under the new keys")
		})
	}
}

package tlsconn

import (
	"testing"

	"github.com/nodeshim/nodeshim/core/internal/testcert"
	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestQuietReject checks what the server learns when a client rejects its
// certificate: an alert by default; with QuietReject, as with Node's
// client, a connection closed mid-handshake under TLS 1.3 and a completed
// handshake under TLS 1.2.
func TestQuietReject(t *testing.T) {
	_, leaf := testcert.Localhost(t)
	sctx := newContext(t, ContextOptions{Cert: []string{leaf.CertPEM}, Key: []string{leaf.KeyPEM}})
	for _, tc := range []struct {
		name       string
		maxVersion string
		quiet      bool
		serverCode string // "" when the server's handshake succeeds
	}{
		{"alert, TLS 1.3", "", false, "ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE"},
		{"alert, TLS 1.2", "TLSv1.2", false, "ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE"},
		{"quiet, TLS 1.3", "", true, "ECONNRESET"},
		{"quiet, TLS 1.2", "TLSv1.2", true, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cctx := newContext(t, ContextOptions{MaxVersion: tc.maxVersion}) // the system's roots: untrusted
			r := handshake(t, sctx, cctx, ConnOptions{}, ConnOptions{QuietReject: tc.quiet}, nil)
			var se *sockerr.Error
			require.ErrorAs(t, r.clientErr, &se)
			assert.Equal(t, "UNABLE_TO_VERIFY_LEAF_SIGNATURE", se.Code)
			assert.False(t, r.client.Authorized())
			assert.True(t, r.client.Closed(), "the client closed the connection")
			if tc.serverCode == "" {
				require.NoError(t, r.serverErr)
				return
			}
			se = nil
			require.ErrorAs(t, r.serverErr, &se)
			assert.Equal(t, tc.serverCode, se.Code)
		})
	}
}

package tlsconn

import (
	"errors"
	"testing"

	"github.com/nodeshim/nodeshim/core/internal/testcert"
	"github.com/stretchr/testify/assert"
)

func TestCheckIdentityReplacesTheHostNameCheck(t *testing.T) {
	ca, leaf := testcert.Localhost(t)
	sctx := newContext(t, ContextOptions{Cert: []string{leaf.CertPEM}, Key: []string{leaf.KeyPEM}})
	refusal := errors.New("pinned key differs")
	for _, tc := range []struct {
		name    string
		verdict error
		allow   bool
		ca      string
		calls   int
		wantErr error // the client's handshake error
		authErr error // AuthorizationError once connected
	}{
		{"accepts", nil, false, ca.CertPEM, 1, nil, nil},
		{"refuses", refusal, false, ca.CertPEM, 1, refusal, nil},
		{"refuses, unauthorized allowed", refusal, true, ca.CertPEM, 1, nil, refusal},
		{"untrusted chain: not asked", nil, false, "", 0, nil, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var cas []string
			if tc.ca != "" {
				cas = []string{tc.ca}
			}
			cctx := newContext(t, ContextOptions{CA: cas, AllowUnauthorized: tc.allow})
			var calls int
			var cn string
			co := ConnOptions{ServerName: "wrong.example", QuietReject: true, CheckIdentity: func(peer *Certificate) error {
				calls++
				cn = peer.Subject[0].Value
				return tc.verdict
			}}
			var authErr error
			r := handshake(t, sctx, cctx, ConnOptions{}, co, func(r *result) {
				authErr = r.client.AuthorizationError()
				closeBoth(r)
			})
			assert.Equal(t, tc.calls, calls)
			if tc.calls > 0 {
				assert.Equal(t, "localhost", cn, "the server's certificate, whatever the host")
			}
			switch {
			case tc.ca == "":
				assert.Equal(t, "UNABLE_TO_VERIFY_LEAF_SIGNATURE", code(r.clientErr))
			default:
				assert.Equal(t, tc.wantErr, r.clientErr)
				assert.Equal(t, tc.authErr, authErr)
			}
		})
	}
}

package tlsconn

import (
	"errors"
	"testing"

	"github.com/nodeshim/nodeshim/core/internal/testcert"
	"github.com/stretchr/testify/assert"
)

// TestALPNCallback checks that a server's ALPNCallback chooses the
// protocol, sees what the client sent, refuses with an alert when it
// returns "" and without one when it fails, and is not asked when the
// client offers nothing.
func TestALPNCallback(t *testing.T) {
	ca, leaf := testcert.Localhost(t)
	errRefused := errors.New("refused by the script")
	for _, tc := range []struct {
		name       string
		offered    []string
		answer     string
		err        error
		wantAsked  bool
		wantALPN   string
		clientCode string
		serverCode string
	}{
		{"chooses the second", []string{"a", "b", "c"}, "b", nil, true, "b", "", ""},
		{"refuses", []string{"a", "b"}, "", nil, true, "", "ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL", "ERR_SSL_NO_APPLICATION_PROTOCOL"},
		{"not offered", []string{"a"}, "z", nil, true, "", "ERR_SSL_TLSV1_ALERT_NO_APPLICATION_PROTOCOL", "ERR_SSL_NO_APPLICATION_PROTOCOL"},
		{"fails quietly", []string{"a"}, "", errRefused, true, "", "ECONNRESET", errRefused.Error()},
		{"no protocols offered", nil, "a", nil, false, "", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sctx := serverContext(t, leaf)
			cctx := newContext(t, ContextOptions{CA: []string{ca.CertPEM}, ALPNProtocols: tc.offered})
			asked := false
			so := ConnOptions{ALPNCallback: func(name string, protocols []string) (string, error) {
				asked = true
				assert.Equal(t, "localhost", name)
				assert.Equal(t, tc.offered, protocols)
				return tc.answer, tc.err
			}}
			r := handshake(t, sctx, cctx, so, ConnOptions{ServerName: "localhost"}, func(r *result) {
				assert.Equal(t, tc.wantALPN, r.client.ALPNProtocol(), "client")
				assert.Equal(t, tc.wantALPN, r.server.ALPNProtocol(), "server")
				closeBoth(r)
			})
			assert.Equal(t, tc.wantAsked, asked, "asked")
			assert.Equal(t, tc.clientCode, code(r.clientErr), "client")
			assert.Equal(t, tc.serverCode, code(r.serverErr), "server")
		})
	}
}

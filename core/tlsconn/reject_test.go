package tlsconn

import (
	"errors"
	"testing"

	"github.com/nodeshim/nodeshim/core/internal/testcert"
	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/stretchr/testify/assert"
)

// code returns the Node code of an error from this package, "" for nil.
func code(err error) string {
	var se *sockerr.Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &se):
		return se.Code
	}
	return err.Error()
}

// TestQuietReject checks what the peer learns when one end rejects the
// other's certificate: an alert by default; with QuietReject, as with
// Node, a connection closed without one, mid-handshake or right after.
func TestQuietReject(t *testing.T) {
	ca, leaf := testcert.Localhost(t)
	stranger := testcert.New(t, testcert.Options{CommonName: "client", ClientAuth: true}) // self-signed
	untrusting := newContext(t, ContextOptions{MaxVersion: ""})                           // the system's roots
	for _, tc := range []struct {
		name       string
		maxVersion string
		server     bool // the server rejects the client, not the other way round
		quiet      bool
		// The Node codes each end's handshake ends with ("" for success),
		// and an error the client reads afterwards.
		clientCode, serverCode, clientReadCode string
	}{
		{"client, alert, TLS 1.3", "", false, false, "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE", ""},
		{"client, alert, TLS 1.2", "TLSv1.2", false, false, "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE", ""},
		{"client, quiet, TLS 1.3", "", false, true, "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "ECONNRESET", ""},
		{"client, quiet, TLS 1.2", "TLSv1.2", false, true, "UNABLE_TO_VERIFY_LEAF_SIGNATURE", "", ""},
		{"server, alert, TLS 1.3", "", true, false, "", "DEPTH_ZERO_SELF_SIGNED_CERT", "ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE"},
		{"server, alert, TLS 1.2", "TLSv1.2", true, false, "ERR_SSL_SSLV3_ALERT_BAD_CERTIFICATE", "DEPTH_ZERO_SELF_SIGNED_CERT", ""},
		{"server, quiet, TLS 1.3", "", true, true, "", "DEPTH_ZERO_SELF_SIGNED_CERT", ""},
		{"server, quiet, TLS 1.2", "TLSv1.2", true, true, "ECONNRESET", "DEPTH_ZERO_SELF_SIGNED_CERT", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			sctx := newContext(t, ContextOptions{Cert: []string{leaf.CertPEM}, Key: []string{leaf.KeyPEM}})
			cctx := untrusting
			if tc.server {
				sctx = newContext(t, ContextOptions{Cert: []string{leaf.CertPEM}, Key: []string{leaf.KeyPEM},
					CA: []string{ca.CertPEM}, RequestCert: true})
				cctx = newContext(t, ContextOptions{CA: []string{ca.CertPEM}, MaxVersion: tc.maxVersion,
					Cert: []string{stranger.CertPEM}, Key: []string{stranger.KeyPEM}})
			} else if tc.maxVersion != "" {
				cctx = newContext(t, ContextOptions{MaxVersion: tc.maxVersion})
			}
			r := handshake(t, sctx, cctx, ConnOptions{QuietReject: tc.quiet}, ConnOptions{QuietReject: tc.quiet}, nil)
			assert.Equal(t, tc.clientCode, code(r.clientErr), "client")
			assert.Equal(t, tc.serverCode, code(r.serverErr), "server")
			assert.Equal(t, tc.clientReadCode, code(r.clientReadErr), "what the client read")
		})
	}
}

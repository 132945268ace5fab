package w3c

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/w3c/w3ctest"
)

// makeCert makes a certificate, failing the test on error.
func makeCert(t testing.TB, s w3ctest.Spec) *w3ctest.Cert {
	t.Helper()
	c, err := w3ctest.NewCert(s)
	require.NoError(t, err)
	return c
}

// newTestPKI makes a CA with a server leaf and a client certificate.
func newTestPKI(t testing.TB) *w3ctest.PKI {
	t.Helper()
	p, err := w3ctest.NewPKI()
	require.NoError(t, err)
	return p
}

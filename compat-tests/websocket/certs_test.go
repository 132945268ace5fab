package websockettests

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/w3c/w3ctest"
)

// testCerts are a CA and a leaf certificate for localhost and 127.0.0.1,
// written to files.
type testCerts struct {
	pki *w3ctest.PKI
	// ca, cert and key are the files of the CA's certificate and the
	// leaf's certificate and key.
	ca, cert, key string
}

// newCerts makes the certificates and writes them to a directory of the
// test.
func newCerts(t *testing.T) *testCerts {
	pki, err := w3ctest.NewPKI()
	require.NoError(t, err)
	dir := t.TempDir()
	c := &testCerts{pki: pki, ca: filepath.Join(dir, "ca.pem"), cert: filepath.Join(dir, "leaf.pem"),
		key: filepath.Join(dir, "leaf-key.pem")}
	for path, text := range map[string]string{c.ca: pki.CA.CertPEM, c.cert: pki.Leaf.CertPEM, c.key: pki.Leaf.KeyPEM} {
		require.NoError(t, os.WriteFile(path, []byte(text), 0o600))
	}
	return c
}

// trustEnv is the environment that makes node (NODE_EXTRA_CA_CERTS) and
// nodeshim (SSL_CERT_FILE, which Go's system roots read) trust the CA.
func (c *testCerts) trustEnv() []string {
	return []string{"NODE_EXTRA_CA_CERTS=" + c.ca, "SSL_CERT_FILE=" + c.ca}
}

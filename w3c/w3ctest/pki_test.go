package w3ctest

import (
	"crypto/x509"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestPKIChainsVerify(t *testing.T) {
	p, err := NewPKI()
	require.NoError(t, err)
	cases := []struct {
		cert  *Cert
		name  string
		usage x509.ExtKeyUsage
	}{
		{p.Leaf, "localhost", x509.ExtKeyUsageServerAuth},
		{p.Leaf, "127.0.0.1", x509.ExtKeyUsageServerAuth},
		{p.Leaf, "::1", x509.ExtKeyUsageServerAuth},
		{p.Client, "", x509.ExtKeyUsageClientAuth},
	}
	for _, c := range cases {
		_, err := c.cert.Cert.Verify(x509.VerifyOptions{Roots: p.Pool(), DNSName: c.name, KeyUsages: []x509.ExtKeyUsage{c.usage}})
		assert.NoError(t, err, c.name)
	}
	assert.True(t, p.CA.Cert.IsCA)
}

func TestSpecDates(t *testing.T) {
	past := time.Now().Add(-48 * time.Hour)
	c, err := NewCert(Spec{CommonName: "old", NotBefore: past, NotAfter: past.Add(time.Hour)})
	require.NoError(t, err)
	assert.True(t, c.Cert.NotAfter.Before(time.Now()))
	assert.Equal(t, "old", c.Cert.Subject.CommonName)
	assert.Contains(t, c.KeyPEM, "BEGIN PRIVATE KEY")
}

package w3c

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"math/big"
	"net"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// testCert is a certificate made at test time, with its key, as PEM and as
// a crypto/tls certificate.
type testCert struct {
	cert    *x509.Certificate
	key     *ecdsa.PrivateKey
	certPEM string
	keyPEM  string
	tls     tls.Certificate
}

// certSpec describes a certificate to make; a nil issuer self-signs.
type certSpec struct {
	cn        string
	dnsNames  []string
	ips       []net.IP
	isCA      bool
	issuer    *testCert
	notBefore time.Time
	notAfter  time.Time
}

func makeCert(t testing.TB, s certSpec) *testCert {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	require.NoError(t, err)
	serial, err := rand.Int(rand.Reader, big.NewInt(1<<62))
	require.NoError(t, err)
	if s.notBefore.IsZero() {
		s.notBefore = time.Now().Add(-time.Hour)
	}
	if s.notAfter.IsZero() {
		s.notAfter = time.Now().Add(24 * time.Hour)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          serial,
		Subject:               pkix.Name{CommonName: s.cn, Organization: []string{"nodeshim tests"}},
		DNSNames:              s.dnsNames,
		IPAddresses:           s.ips,
		NotBefore:             s.notBefore,
		NotAfter:              s.notAfter,
		IsCA:                  s.isCA,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth, x509.ExtKeyUsageClientAuth},
	}
	parent, signer := tmpl, key
	if s.issuer != nil {
		parent, signer = s.issuer.cert, s.issuer.key
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, &key.PublicKey, signer)
	require.NoError(t, err)
	cert, err := x509.ParseCertificate(der)
	require.NoError(t, err)
	keyDER, err := x509.MarshalPKCS8PrivateKey(key)
	require.NoError(t, err)
	c := &testCert{
		cert:    cert,
		key:     key,
		certPEM: string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})),
		keyPEM:  string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: keyDER})),
	}
	c.tls, err = tls.X509KeyPair([]byte(c.certPEM), []byte(c.keyPEM))
	require.NoError(t, err)
	return c
}

// testPKI is a CA and a leaf for localhost and 127.0.0.1 that it signed.
type testPKI struct {
	ca, leaf *testCert
}

func newTestPKI(t testing.TB) testPKI {
	ca := makeCert(t, certSpec{cn: "nodeshim test CA", isCA: true})
	leaf := makeCert(t, certSpec{cn: "localhost", dnsNames: []string{"localhost"},
		ips: []net.IP{net.IPv4(127, 0, 0, 1)}, issuer: ca})
	return testPKI{ca: ca, leaf: leaf}
}

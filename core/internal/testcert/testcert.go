// Package testcert makes X.509 certificates for tests at test time: CAs,
// intermediates and leaves with chosen names, validity and issuers, as PEM
// and as crypto/tls values. Keys are ECDSA P-256, which is quick to make.
package testcert

import (
	"crypto"
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
)

// Options describes a certificate to make.
type Options struct {
	CommonName   string
	Organization string
	DNSNames     []string
	IPs          []net.IP
	// NotBefore and NotAfter default to an hour ago and a day from now.
	NotBefore, NotAfter time.Time
	// IsCA makes a certificate authority.
	IsCA bool
	// Issuer signs the certificate; nil makes it self-signed.
	Issuer *Cert
	// ClientAuth adds the client-authentication extended key usage.
	ClientAuth bool
}

// Cert is a certificate with its private key.
type Cert struct {
	Cert    *x509.Certificate
	Key     crypto.Signer
	CertPEM string
	KeyPEM  string // PKCS #8
}

// New makes a certificate, failing the test on error.
func New(t testing.TB, o Options) *Cert {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	serial, err := rand.Int(rand.Reader, new(big.Int).Lsh(big.NewInt(1), 64))
	if err != nil {
		t.Fatal(err)
	}
	if o.NotBefore.IsZero() {
		o.NotBefore = time.Now().Add(-time.Hour)
	}
	if o.NotAfter.IsZero() {
		o.NotAfter = time.Now().Add(24 * time.Hour)
	}
	tmpl := &x509.Certificate{
		SerialNumber: serial,
		Subject: pkix.Name{
			CommonName:   o.CommonName,
			Organization: nonEmpty(o.Organization),
		},
		DNSNames:              o.DNSNames,
		IPAddresses:           o.IPs,
		NotBefore:             o.NotBefore,
		NotAfter:              o.NotAfter,
		KeyUsage:              x509.KeyUsageDigitalSignature,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  o.IsCA,
	}
	if o.ClientAuth {
		tmpl.ExtKeyUsage = append(tmpl.ExtKeyUsage, x509.ExtKeyUsageClientAuth)
	}
	if o.IsCA {
		tmpl.KeyUsage |= x509.KeyUsageCertSign
		tmpl.ExtKeyUsage = nil
	}
	parent, signer := tmpl, crypto.Signer(key)
	if o.Issuer != nil {
		parent, signer = o.Issuer.Cert, o.Issuer.Key
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, key.Public(), signer)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	return &Cert{
		Cert:    cert,
		Key:     key,
		CertPEM: string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})),
		KeyPEM:  string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: keyDER})),
	}
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// TLS returns the certificate for crypto/tls, followed by the chain certs
// (intermediates, and a root if the test wants one sent).
func (c *Cert) TLS(chain ...*Cert) tls.Certificate {
	tc := tls.Certificate{Certificate: [][]byte{c.Cert.Raw}, PrivateKey: c.Key, Leaf: c.Cert}
	for _, ch := range chain {
		tc.Certificate = append(tc.Certificate, ch.Cert.Raw)
	}
	return tc
}

// Pool returns a pool holding the certificates.
func Pool(certs ...*Cert) *x509.CertPool {
	p := x509.NewCertPool()
	for _, c := range certs {
		p.AddCert(c.Cert)
	}
	return p
}

// Localhost makes a CA and a leaf it signs for "localhost", 127.0.0.1 and
// ::1.
func Localhost(t testing.TB) (ca, leaf *Cert) {
	ca = New(t, Options{CommonName: "Test CA", Organization: "nodeshim", IsCA: true})
	leaf = New(t, Options{
		CommonName: "localhost",
		DNSNames:   []string{"localhost"},
		IPs:        []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback},
		Issuer:     ca,
		ClientAuth: true,
	})
	return ca, leaf
}

// Package w3ctest holds helpers for testing code built on the W3C socket
// façade: certificates made at test time, so TLS tests need no files.
package w3ctest

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
	"time"
)

// Cert is a certificate with its private key, as parsed values, as PEM and
// as a crypto/tls certificate.
type Cert struct {
	Cert    *x509.Certificate
	Key     *ecdsa.PrivateKey
	CertPEM string
	KeyPEM  string // PKCS #8
	TLS     tls.Certificate
}

// Spec describes a certificate to make.
type Spec struct {
	CommonName string
	DNSNames   []string
	IPs        []net.IP
	IsCA       bool
	// Issuer signs the certificate; nil makes it self-signed.
	Issuer *Cert
	// NotBefore and NotAfter default to an hour ago and a day from now.
	NotBefore, NotAfter time.Time
}

// NewCert makes a certificate with an ECDSA P-256 key, usable for server
// and client authentication.
func NewCert(s Spec) (*Cert, error) {
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	serial, err := rand.Int(rand.Reader, big.NewInt(1<<62))
	if err != nil {
		return nil, err
	}
	if s.NotBefore.IsZero() {
		s.NotBefore = time.Now().Add(-time.Hour)
	}
	if s.NotAfter.IsZero() {
		s.NotAfter = time.Now().Add(24 * time.Hour)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          serial,
		Subject:               pkix.Name{CommonName: s.CommonName, Organization: []string{"nodeshim tests"}},
		DNSNames:              s.DNSNames,
		IPAddresses:           s.IPs,
		NotBefore:             s.NotBefore,
		NotAfter:              s.NotAfter,
		IsCA:                  s.IsCA,
		BasicConstraintsValid: true,
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth, x509.ExtKeyUsageClientAuth},
	}
	parent, signer := tmpl, key
	if s.Issuer != nil {
		parent, signer = s.Issuer.Cert, s.Issuer.Key
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, parent, &key.PublicKey, signer)
	if err != nil {
		return nil, err
	}
	keyDER, err := x509.MarshalPKCS8PrivateKey(key)
	if err != nil {
		return nil, err
	}
	c := &Cert{
		Key:     key,
		CertPEM: string(pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der})),
		KeyPEM:  string(pem.EncodeToMemory(&pem.Block{Type: "PRIVATE KEY", Bytes: keyDER})),
	}
	if c.Cert, err = x509.ParseCertificate(der); err != nil {
		return nil, err
	}
	if c.TLS, err = tls.X509KeyPair([]byte(c.CertPEM), []byte(c.KeyPEM)); err != nil {
		return nil, err
	}
	return c, nil
}

// PKI is a test CA and certificates it signed: Leaf for localhost and
// 127.0.0.1 (and ::1), and Client for client authentication.
type PKI struct {
	CA, Leaf, Client *Cert
}

// NewPKI makes a CA, a server leaf and a client certificate.
func NewPKI() (*PKI, error) {
	ca, err := NewCert(Spec{CommonName: "nodeshim test CA", IsCA: true})
	if err != nil {
		return nil, err
	}
	leaf, err := NewCert(Spec{CommonName: "localhost", DNSNames: []string{"localhost"},
		IPs: []net.IP{net.IPv4(127, 0, 0, 1), net.IPv6loopback}, Issuer: ca})
	if err != nil {
		return nil, err
	}
	client, err := NewCert(Spec{CommonName: "test client", Issuer: ca})
	if err != nil {
		return nil, err
	}
	return &PKI{CA: ca, Leaf: leaf, Client: client}, nil
}

// Pool returns a certificate pool holding the CA.
func (p *PKI) Pool() *x509.CertPool {
	pool := x509.NewCertPool()
	pool.AddCert(p.CA.Cert)
	return pool
}

package w3c

import (
	"crypto/tls"
	"crypto/x509"
	"errors"
	"net/netip"
	"strconv"
	"strings"

	"github.com/dop251/goja"
)

// tlsOptions are the TLS members of a socket's or a server's options, and
// of upgradeToSSL's.
type tlsOptions struct {
	ca, cert, key      []string // PEM
	servername         string
	rejectUnauthorized bool
	alpn               []string
	minVersion         uint16
	maxVersion         uint16
	requestCert        bool // server: ask the client for a certificate
	isServer           bool // upgradeToSSL: this end is the TLS server
}

// tlsVersions maps the contract's version names to crypto/tls's.
var tlsVersions = map[string]uint16{
	"TLSv1":   tls.VersionTLS10,
	"TLSv1.1": tls.VersionTLS11,
	"TLSv1.2": tls.VersionTLS12,
	"TLSv1.3": tls.VersionTLS13,
}

// tlsVersionName is the name Node's getProtocol() gives a version.
func tlsVersionName(v uint16) string {
	for name, n := range tlsVersions {
		if n == v {
			return name
		}
	}
	return "unknown"
}

// defaultTLSOptions are the options before any is given.
func defaultTLSOptions() tlsOptions {
	return tlsOptions{rejectUnauthorized: true}
}

// parse reads the TLS members of d over o's current values.
func (o *tlsOptions) parse(r *realm, c ctx, d *goja.Object) {
	if d == nil {
		return
	}
	if v := member(d, "ca"); v != nil {
		o.ca = r.pemList(c, v)
	}
	if v := member(d, "cert"); v != nil {
		o.cert = r.pemList(c, v)
	}
	if v := member(d, "key"); v != nil {
		o.key = r.pemList(c, v)
	}
	if v := member(d, "servername"); v != nil {
		o.servername = r.toDOMString(c, v)
	}
	if v := member(d, "rejectUnauthorized"); v != nil {
		o.rejectUnauthorized = v.ToBoolean()
	}
	if v := member(d, "alpnProtocols"); v != nil {
		o.alpn = r.stringList(c, "alpnProtocols", v)
	}
	version := func(name string) uint16 {
		names := []string{"TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"}
		return tlsVersions[r.toEnum(c, name, member(d, name), names...)]
	}
	if member(d, "minVersion") != nil {
		o.minVersion = version("minVersion")
	}
	if member(d, "maxVersion") != nil {
		o.maxVersion = version("maxVersion")
	}
	if v := member(d, "requestCert"); v != nil {
		o.requestCert = v.ToBoolean()
	}
	if v := member(d, "isServer"); v != nil {
		o.isServer = v.ToBoolean()
	}
}

// pemList reads PEM data given as a string, a buffer, or an array of them.
func (r *realm) pemList(c ctx, v goja.Value) []string {
	one := func(v goja.Value) string {
		if b, ok := r.bufferSource(v); ok {
			return string(b)
		}
		return r.toDOMString(c, v)
	}
	if o, ok := v.(*goja.Object); ok && isArray(o) {
		n := int(o.Get("length").ToInteger())
		out := make([]string, 0, n)
		for i := range n {
			out = append(out, one(o.Get(strconv.Itoa(i))))
		}
		return out
	}
	return []string{one(v)}
}

// errNoCertificate is the failure to build a server configuration without
// a certificate.
var errNoCertificate = errors.New("a TLS server needs 'cert' and 'key'")

// base returns the configuration common to both ends.
func (o *tlsOptions) base() (*tls.Config, error) {
	cfg := &tls.Config{MinVersion: o.minVersion, MaxVersion: o.maxVersion, NextProtos: o.alpn}
	if cfg.MinVersion == 0 {
		cfg.MinVersion = tls.VersionTLS12 // Node's default minimum
	}
	certs, err := o.certificates()
	if err != nil {
		return nil, err
	}
	cfg.Certificates = certs
	return cfg, nil
}

// certificates pairs the cert and key PEMs: by position when both are
// lists of the same length, else all certificates (a chain) with the
// first key.
func (o *tlsOptions) certificates() ([]tls.Certificate, error) {
	if len(o.cert) == 0 && len(o.key) == 0 {
		return nil, nil
	}
	if len(o.cert) == 0 || len(o.key) == 0 {
		return nil, errors.New("'cert' and 'key' must be given together")
	}
	if len(o.cert) == len(o.key) {
		out := make([]tls.Certificate, len(o.cert))
		for i := range o.cert {
			c, err := tls.X509KeyPair([]byte(o.cert[i]), []byte(o.key[i]))
			if err != nil {
				return nil, err
			}
			out[i] = c
		}
		return out, nil
	}
	c, err := tls.X509KeyPair([]byte(strings.Join(o.cert, "\n")), []byte(o.key[0]))
	if err != nil {
		return nil, err
	}
	return []tls.Certificate{c}, nil
}

// roots returns the trusted CAs: the ca option's, which replace the
// system's as in Node, or else the system's.
func (o *tlsOptions) roots() (*x509.CertPool, error) {
	if len(o.ca) == 0 {
		return x509.SystemCertPool()
	}
	pool := x509.NewCertPool()
	for _, pem := range o.ca {
		if !pool.AppendCertsFromPEM([]byte(pem)) {
			return nil, errors.New("'ca' holds no PEM certificate")
		}
	}
	return pool, nil
}

// clientConfig builds the configuration of a TLS client connecting to
// host (the peer address the script gave). The name sent as SNI and
// checked against the certificate is servername, or host when it is a
// name; an IP host is checked against the certificate's IP addresses.
func (o *tlsOptions) clientConfig(host string) (*tls.Config, error) {
	cfg, err := o.base()
	if err != nil {
		return nil, err
	}
	roots, err := o.roots()
	if err != nil {
		return nil, err
	}
	name := o.servername
	if name == "" {
		name = host
	}
	if _, err := netip.ParseAddr(name); err != nil {
		cfg.ServerName = name
	}
	cfg.InsecureSkipVerify = true // verified below, with Node's codes
	reject := o.rejectUnauthorized
	cfg.VerifyConnection = func(cs tls.ConnectionState) error {
		err := verifyServer(cs.PeerCertificates, roots, name)
		if err != nil && reject {
			return err
		}
		return nil
	}
	return cfg, nil
}

// serverConfig builds the configuration of a TLS server.
func (o *tlsOptions) serverConfig() (*tls.Config, error) {
	cfg, err := o.base()
	if err != nil {
		return nil, err
	}
	if len(cfg.Certificates) == 0 {
		return nil, errNoCertificate
	}
	if !o.requestCert {
		return cfg, nil
	}
	roots, err := o.roots()
	if err != nil {
		return nil, err
	}
	cfg.ClientAuth = tls.RequestClientCert
	if o.rejectUnauthorized {
		cfg.VerifyConnection = func(cs tls.ConnectionState) error {
			return verifyClient(cs.PeerCertificates, roots)
		}
	}
	return cfg, nil
}

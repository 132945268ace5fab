package tlsconn

import (
	"crypto"
	"crypto/rand"
	"crypto/sha256"
	"crypto/tls"
	"crypto/x509"
	"encoding/pem"
	"fmt"

	"github.com/nodeshim/nodeshim/core/sockerr"
)

// ContextOptions are the settings a TLS context is made of, as Node's
// tls.createSecureContext and tls.createServer name them. PEM texts may hold
// several blocks.
type ContextOptions struct {
	// CA lists the trusted certificates; empty means the system's roots.
	CA []string
	// Cert lists certificate chains (leaf first, then intermediates) and Key
	// their private keys, paired by position; Passphrase decrypts encrypted
	// keys.
	Cert       []string
	Key        []string
	Passphrase string
	// MinVersion and MaxVersion are "TLSv1", "TLSv1.1", "TLSv1.2" or
	// "TLSv1.3"; Node's defaults ("TLSv1.2" to "TLSv1.3") when empty.
	MinVersion, MaxVersion string
	// ALPNProtocols lists the application protocols offered (client) or
	// accepted (server), in preference order.
	ALPNProtocols []string
	// AllowUnauthorized accepts a peer whose certificate does not verify
	// (Node's rejectUnauthorized: false); the connection then reports
	// Authorized false and the reason.
	AllowUnauthorized bool
	// RequestCert makes a server ask for a client certificate and verify it
	// against CA (mutual TLS). Without AllowUnauthorized a client that sends
	// none or an invalid one is refused.
	RequestCert bool
	// TicketKeys are a server's session ticket keys as Node has them (48
	// bytes, any content): contexts with the same ones resume each other's
	// sessions. Empty means fresh random ones.
	TicketKeys []byte
	// SNICallback lets a server choose the context (certificate) for the
	// name a client asks for. It runs on the loop; the handshake waits until
	// reply is called. A nil context keeps the default certificate.
	SNICallback func(serverName string, reply func(*Context, error))
}

// Context is a parsed TLS configuration (Node's SecureContext), shared by
// the connections made with it.
type Context struct {
	opts     ContextOptions
	certs    []tls.Certificate
	roots    *x509.CertPool // nil: the system's
	minVer   uint16
	maxVer   uint16
	ticketKs [][32]byte
}

// NewContext parses the options. Errors carry Node's codes
// (ERR_OSSL_PEM_NO_START_LINE, ERR_OSSL_BAD_DECRYPT,
// ERR_OSSL_X509_KEY_VALUES_MISMATCH, ERR_TLS_INVALID_PROTOCOL_VERSION ...).
func NewContext(o ContextOptions) (*Context, error) {
	ctx := &Context{opts: o}
	var err error
	if ctx.minVer, err = parseVersion(o.MinVersion, tls.VersionTLS12, "minimum"); err != nil {
		return nil, err
	}
	if ctx.maxVer, err = parseVersion(o.MaxVersion, tls.VersionTLS13, "maximum"); err != nil {
		return nil, err
	}
	if len(o.CA) > 0 {
		ctx.roots = x509.NewCertPool()
		for _, text := range o.CA {
			certs, err := parseCerts(text)
			if err != nil {
				return nil, err
			}
			for _, c := range certs {
				ctx.roots.AddCert(c)
			}
		}
	}
	for i, text := range o.Cert {
		if i >= len(o.Key) {
			break // Node ignores a certificate without a key
		}
		cert, err := keyPair(text, o.Key[i], o.Passphrase)
		if err != nil {
			return nil, err
		}
		ctx.certs = append(ctx.certs, cert)
	}
	// Explicit ticket keys, so that the per-connection copies of a server's
	// configuration resume each other's sessions.
	keys := o.TicketKeys
	if len(keys) == 0 {
		keys = make([]byte, 48)
		if _, err := rand.Read(keys); err != nil {
			return nil, err
		}
	}
	ctx.SetTicketKeys(keys)
	return ctx, nil
}

// SetTicketKeys replaces a server's session ticket keys (see
// ContextOptions.TicketKeys) for the connections that follow: sessions
// issued under the old ones no longer resume.
func (ctx *Context) SetTicketKeys(keys []byte) {
	ctx.ticketKs = [][32]byte{sha256.Sum256(keys)}
}

// versions maps Node's protocol names to crypto/tls's.
var versions = map[string]uint16{
	"TLSv1":   tls.VersionTLS10,
	"TLSv1.1": tls.VersionTLS11,
	"TLSv1.2": tls.VersionTLS12,
	"TLSv1.3": tls.VersionTLS13,
}

func parseVersion(name string, def uint16, which string) (uint16, error) {
	if name == "" {
		return def, nil
	}
	if v, ok := versions[name]; ok {
		return v, nil
	}
	return 0, &sockerr.Error{Code: "ERR_TLS_INVALID_PROTOCOL_VERSION",
		Message: fmt.Sprintf("%q is not a valid %s TLS protocol version", name, which)}
}

// versionName is Node's name for a protocol version (getProtocol()).
func versionName(v uint16) string {
	for name, n := range versions {
		if n == v {
			return name
		}
	}
	return "unknown"
}

// parseCerts reads the certificates of a PEM text.
func parseCerts(text string) ([]*x509.Certificate, error) {
	var certs []*x509.Certificate
	rest := []byte(text)
	for {
		var block *pem.Block
		block, rest = pem.Decode(rest)
		if block == nil {
			break
		}
		if block.Type != "CERTIFICATE" {
			continue
		}
		c, err := x509.ParseCertificate(block.Bytes)
		if err != nil {
			return nil, &sockerr.Error{Code: "ERR_OSSL_ASN1_WRONG_TAG", Message: "error:0680007B:asn1 encoding routines::header too long", Err: err}
		}
		certs = append(certs, c)
	}
	if len(certs) == 0 {
		return nil, errNoStartLine
	}
	return certs, nil
}

// keyPair builds a certificate chain with its key.
func keyPair(certText, keyText, passphrase string) (tls.Certificate, error) {
	certs, err := parseCerts(certText)
	if err != nil {
		return tls.Certificate{}, err
	}
	key, err := parsePrivateKey(keyText, passphrase)
	if err != nil {
		return tls.Certificate{}, err
	}
	if !publicKeysEqual(certs[0].PublicKey, key.Public()) {
		return tls.Certificate{}, errKeyMismatch
	}
	tc := tls.Certificate{PrivateKey: key, Leaf: certs[0]}
	for _, c := range certs {
		tc.Certificate = append(tc.Certificate, c.Raw)
	}
	return tc, nil
}

func publicKeysEqual(a, b crypto.PublicKey) bool {
	eq, ok := a.(interface{ Equal(crypto.PublicKey) bool })
	return ok && eq.Equal(b)
}

// config returns the crypto/tls configuration of the context for one side
// of one connection; the connection adds its verification.
func (ctx *Context) config(server bool) *tls.Config {
	cfg := &tls.Config{
		Certificates: ctx.certs,
		MinVersion:   ctx.minVer,
		MaxVersion:   ctx.maxVer,
		NextProtos:   ctx.opts.ALPNProtocols,
		// Node's default groups: X25519 first, no post-quantum hybrid.
		CurvePreferences: []tls.CurveID{tls.X25519, tls.CurveP256, tls.CurveP521, tls.CurveP384},
		// Verification is done in VerifyConnection, Node's way.
		InsecureSkipVerify: true,
	}
	if server {
		cfg.SetSessionTicketKeys(ctx.ticketKs)
		switch {
		case ctx.opts.RequestCert && ctx.opts.AllowUnauthorized:
			cfg.ClientAuth = tls.RequestClientCert
		case ctx.opts.RequestCert:
			cfg.ClientAuth = tls.RequireAnyClientCert
		}
	}
	return cfg
}

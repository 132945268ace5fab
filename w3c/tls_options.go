package w3c

import (
	"errors"
	"strconv"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/tlsconn"
)

// tlsOptions are the TLS members of a socket's or a server's options, and
// of upgradeToSSL's, as the script gave them; core/tlsconn turns them into
// a TLS context.
type tlsOptions struct {
	ca, cert, key      []string // PEM
	servername         string
	rejectUnauthorized bool
	alpn               []string
	minVersion         string // "" for Node's default
	maxVersion         string
	requestCert        bool // server: ask the client for a certificate
	isServer           bool // upgradeToSSL: this end is the TLS server
}

// tlsVersionNames are the protocol versions the contract accepts.
var tlsVersionNames = []string{"TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"}

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
	if v := member(d, "minVersion"); v != nil {
		o.minVersion = r.toEnum(c, "minVersion", v, tlsVersionNames...)
	}
	if v := member(d, "maxVersion"); v != nil {
		o.maxVersion = r.toEnum(c, "maxVersion", v, tlsVersionNames...)
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

// The contract's own rules on certificates, checked before the context is
// built.
var (
	errNoCertificate  = errors.New("a TLS server needs 'cert' and 'key'")
	errCertWithoutKey = errors.New("'cert' and 'key' must be given together")
)

// context builds the TLS context of one end: a server (which needs a
// certificate, and verifies clients only with requestCert) or a client.
// Parse errors are core/tlsconn's, with Node's messages.
func (o *tlsOptions) context(server bool) (*tlsconn.Context, error) {
	if (len(o.cert) == 0) != (len(o.key) == 0) {
		return nil, errCertWithoutKey
	}
	if server && len(o.cert) == 0 {
		return nil, errNoCertificate
	}
	return tlsconn.NewContext(tlsconn.ContextOptions{
		CA: o.ca, Cert: o.cert, Key: o.key,
		MinVersion: o.minVersion, MaxVersion: o.maxVersion,
		ALPNProtocols:     o.alpn,
		AllowUnauthorized: !o.rejectUnauthorized,
		RequestCert:       server && o.requestCert,
	})
}

// connOptions are the settings of one connection made with o's context:
// host is the peer as the script named it (the name checked unless
// servername is given).
func (o *tlsOptions) connOptions(server bool, host string) tlsconn.ConnOptions {
	return tlsconn.ConnOptions{Server: server, Host: host, ServerName: o.servername}
}

package tlsconn

import (
	"crypto/tls"
	"crypto/x509"
	"net/netip"
	"time"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/core/tcp"
)

// DefaultHandshakeTimeout is Node's handshakeTimeout for TLS servers.
const DefaultHandshakeTimeout = 120 * time.Second

// ConnOptions are the settings of one TLS connection.
type ConnOptions struct {
	// Server makes this end the TLS server.
	Server bool
	// Host is the host name or address the client connected to: the
	// default server name, and what the server's certificate must match.
	Host string
	// ServerName, when set, is sent as SNI and checked instead of Host (with
	// an IP Host and no ServerName, no SNI is sent).
	ServerName string
	// OnlyExplicitSNI sends SNI only when ServerName is set, never Host:
	// Node's tls.connect sends no server name unless the script gives one
	// (https sets it, tls does not). Host is still what the certificate
	// is checked against.
	OnlyExplicitSNI bool
	// QuietReject makes an end that rejects its peer's certificate close
	// the connection without a TLS alert, as Node's ends do (they verify
	// once OpenSSL's handshake is over). A client under TLS 1.3 closes
	// before its Finished goes out, so the server sees the connection
	// close mid-handshake; under TLS 1.2 after the handshake completed on
	// both sides. A server (RequestCert without AllowUnauthorized) closes
	// before reading the client's Finished: a TLS 1.3 client has completed
	// its handshake by then, a TLS 1.2 one has not. Without it the
	// rejecting end sends a bad_certificate alert.
	QuietReject bool
	// Pending holds bytes already read in clear that belong to the handshake
	// (see tcp.TLSUpgrade).
	Pending []byte
	// HandshakeTimeout bounds the handshake (ERR_TLS_HANDSHAKE_TIMEOUT); 0
	// means no limit. Servers usually pass DefaultHandshakeTimeout.
	HandshakeTimeout time.Duration
	// Session resumes a session a previous connection reported to
	// OnSession (client only). Bytes that do not decode are ignored.
	Session []byte
	// OnSession receives, on the loop, each session the server issues for
	// later resumption (Node's 'session' event).
	OnSession func(session []byte)
	// SkipIdentityCheck leaves the host name check to the caller (Node's
	// checkServerIdentity option, which runs in JavaScript once the
	// handshake is done); the chain is still verified.
	SkipIdentityCheck bool
	// CheckIdentity, when set, is the host name check instead of
	// CheckServerIdentity (Node's checkServerIdentity option). It runs on
	// the loop while the handshake waits, once the chain verified, with
	// the server's certificate as PeerCertificate describes it; not for a
	// resumed session. An error rejects the server as a failed
	// verification does.
	CheckIdentity func(peer *Certificate) error
	// ALPNCallback, on a server, chooses the application protocol among
	// those the client offers instead of the context's ALPNProtocols
	// (Node's ALPNCallback). It runs on the loop while the handshake
	// waits, only for a client that offers protocols, before the SNI
	// callback, with the name the client sent and its protocols. It
	// returns the protocol chosen, or "" to refuse them all (the client
	// gets a no_application_protocol alert, as for a protocol it did not
	// offer), or an error: the server then closes without an alert and
	// the handshake fails with that error.
	ALPNCallback func(serverName string, protocols []string) (string, error)
}

// Conn is a TLS connection: the tcp.Conn it runs on, whose methods it has
// (Write, Pause, CloseWrite ...), and what the handshake established.
type Conn struct {
	*tcp.Conn
	ctx    *Context
	server bool

	// Set by the handshake's goroutine in VerifyConnection; read on the
	// loop once over is set, when the handshake's outcome has been posted.
	checked bool
	authErr error // a *sockerr.Error, or CheckIdentity's error
	chain   []*x509.Certificate
	over    bool
}

// Start starts TLS on the open connection c with the context's settings:
// right after connecting, or as a STARTTLS upgrade (see tcp.Conn.StartTLS
// for what happens to bytes in flight). done runs on the loop once the
// handshake completed (nil) or failed; a failure closes the connection.
// A verification failure is an *sockerr.Error with Node's code
// (DEPTH_ZERO_SELF_SIGNED_CERT, CERT_HAS_EXPIRED,
// ERR_TLS_CERT_ALTNAME_INVALID ...), unless the context allows
// unauthorized peers: the connection then completes and Authorized and
// AuthorizationError tell.
func Start(c *tcp.Conn, ctx *Context, o ConnOptions, done func(error)) *Conn {
	sc := &Conn{Conn: c, ctx: ctx, server: o.Server}
	sc.start(o, done)
	return sc
}

// Dial connects and starts TLS: done runs with nil once the handshake
// completed, or with the error of connecting or of the handshake. Host
// defaults to the dial's host.
func Dial(l *loop.Loop, d tcp.DialOptions, ctx *Context, o ConnOptions, done func(error)) *Conn {
	if o.Host == "" {
		o.Host = d.Host
		if o.Host == "" && d.Path == "" {
			o.Host = "localhost"
		}
	}
	sc := &Conn{ctx: ctx, server: o.Server}
	sc.Conn = tcp.Dial(l, d, func(err error) {
		if err != nil {
			done(err)
			return
		}
		sc.start(o, done)
	})
	return sc
}

func (sc *Conn) start(o ConnOptions, done func(error)) {
	ctx := sc.ctx
	cfg := ctx.config(o.Server)
	allow := ctx.opts.AllowUnauthorized
	finish := func(err error) {
		sc.over = true
		done(err)
	}
	if o.Server {
		if ctx.opts.RequestCert {
			cfg.VerifyConnection = func(cs tls.ConnectionState) error {
				e, chain := verifyChain(cs.PeerCertificates, ctx.roots, x509.ExtKeyUsageClientAuth, time.Now())
				var reason error
				if e != nil {
					reason = e
				}
				err := sc.verified(allow, reason, chain)
				if err != nil && o.QuietReject {
					return sc.rejectQuietly(err, finish)
				}
				return err
			}
		}
		if ctx.opts.SNICallback != nil {
			cfg.GetCertificate = sc.sni
		}
		if o.ALPNCallback != nil {
			cfg.GetConfigForClient = sc.alpnConfig(cfg, o.ALPNCallback, finish)
		}
	} else {
		check := o.ServerName
		if check == "" {
			check = o.Host
		}
		_, err := netip.ParseAddr(check)
		if o.ServerName != "" || (err != nil && !o.OnlyExplicitSNI) {
			cfg.ServerName = check
		}
		cfg.VerifyConnection = func(cs tls.ConnectionState) error {
			e, chain := verifyChain(cs.PeerCertificates, ctx.roots, x509.ExtKeyUsageServerAuth, time.Now())
			err := sc.verified(allow, sc.clientVerdict(o, check, e, chain, cs), chain)
			switch {
			case err == nil || !o.QuietReject:
				return err
			case cs.Version < tls.VersionTLS13:
				return nil // the completion callback rejects the server
			}
			return sc.rejectQuietly(err, finish)
		}
		if o.Session != nil || o.OnSession != nil {
			cfg.ClientSessionCache = newSessionCache(sc.Loop(), o.Session, o.OnSession)
		}
	}
	sc.StartTLS(tcp.TLSUpgrade{Config: cfg, Server: o.Server, Pending: o.Pending, Timeout: o.HandshakeTimeout},
		func(err error) {
			if err == nil && !o.Server && !allow && sc.authErr != nil {
				// Rejected quietly once the handshake was over (TLS 1.2).
				sc.Destroy()
				err = sc.authErr
			}
			finish(err)
		})
}

// verified records the verification's outcome; the handshake fails with
// it unless unauthorized peers are allowed.
func (sc *Conn) verified(allow bool, e error, chain []*x509.Certificate) error {
	sc.checked, sc.authErr, sc.chain = true, e, chain
	if e != nil && !allow {
		return e
	}
	return nil
}

// askOnLoop runs ask on the loop, unless the connection has closed by then,
// and waits on the handshake's goroutine for the first answer ask gives
// (later ones are ignored) or for the handshake to be abandoned, whose
// context error it then returns. The ALPN and SNI callbacks are asked so.
func askOnLoop[T any](sc *Conn, hello *tls.ClientHelloInfo, ask func(answer func(T))) (T, error) {
	replies := make(chan T, 1)
	sc.Loop().Post(func() {
		if sc.Closed() {
			return
		}
		ask(func(v T) {
			select {
			case replies <- v:
			default: // a second answer is ignored
			}
		})
	})
	select {
	case v := <-replies:
		return v, nil
	case <-hello.Context().Done():
		var zero T
		return zero, hello.Context().Err()
	}
}

// sni asks the context's SNI callback, on the loop, for the certificate of
// the name the client sent. It runs on the handshake's goroutine and waits.
func (sc *Conn) sni(hello *tls.ClientHelloInfo) (*tls.Certificate, error) {
	type reply struct {
		ctx *Context
		err error
	}
	r, err := askOnLoop(sc, hello, func(answer func(reply)) {
		sc.ctx.opts.SNICallback(hello.ServerName, func(ctx *Context, err error) { answer(reply{ctx, err}) })
	})
	if err != nil {
		return nil, err
	}
	if r.err != nil {
		return nil, r.err
	}
	if r.ctx == nil || len(r.ctx.certs) == 0 {
		return nil, nil // the default certificate
	}
	for i := range r.ctx.certs {
		if hello.SupportsCertificate(&r.ctx.certs[i]) == nil {
			return &r.ctx.certs[i], nil
		}
	}
	return &r.ctx.certs[0], nil
}

// Authorized reports whether the peer's certificate was verified: always
// for a client that rejects unauthorized servers, and for a server only
// when it requested a client certificate.
func (sc *Conn) Authorized() bool {
	return sc.over && sc.checked && sc.authErr == nil
}

// AuthorizationError returns why the peer's certificate was not verified
// (an *sockerr.Error with Node's code, or CheckIdentity's error), or nil.
func (sc *Conn) AuthorizationError() error {
	if !sc.over || sc.authErr == nil {
		return nil
	}
	return sc.authErr
}

// Protocol returns the negotiated version as Node names it ("TLSv1.3"), or
// "" before the handshake completes.
func (sc *Conn) Protocol() string {
	st, ok := sc.TLSState()
	if !ok {
		return ""
	}
	return versionName(st.Version)
}

// Cipher describes the negotiated cipher suite; ok is false before the
// handshake completes.
func (sc *Conn) Cipher() (c Cipher, ok bool) {
	st, ok := sc.TLSState()
	if !ok {
		return Cipher{}, false
	}
	return cipherOf(st.CipherSuite), true
}

// KeyExchange describes the key exchange the handshake used.
func (sc *Conn) KeyExchange() KeyExchange {
	st, _ := sc.TLSState()
	return keyExchangeOf(st.CurveID)
}

// ALPNProtocol returns the protocol agreed by ALPN, "" when none (Node's
// false).
func (sc *Conn) ALPNProtocol() string {
	st, _ := sc.TLSState()
	return st.NegotiatedProtocol
}

// ServerName returns the name sent as SNI (client) or received (server).
func (sc *Conn) ServerName() string {
	st, _ := sc.TLSState()
	return st.ServerName
}

// SessionReused reports whether the handshake resumed an earlier session.
func (sc *Conn) SessionReused() bool {
	st, _ := sc.TLSState()
	return st.DidResume
}

// PeerCertificate describes the peer's certificate, with its issuers up the
// chain (the verified chain when there is one), or nil when the peer sent
// none. It is available after a failed verification too.
func (sc *Conn) PeerCertificate() *Certificate {
	if sc.over && sc.chain != nil {
		return describe(sc.chain)
	}
	st, _ := sc.TLSState()
	return describe(st.PeerCertificates)
}

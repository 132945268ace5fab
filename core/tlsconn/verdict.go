package tlsconn

import (
	"crypto/tls"
	"crypto/x509"

	"github.com/nodeshim/nodeshim/core/sockerr"
)

// clientVerdict runs on the handshake's goroutine and returns why a client
// rejects the server, or nil: the chain's failure, else the host name's
// (host checked by CheckServerIdentity, or the caller's CheckIdentity on
// the loop, which a resumed session skips).
func (sc *Conn) clientVerdict(o ConnOptions, host string, chainErr *sockerr.Error, chain []*x509.Certificate, cs tls.ConnectionState) error {
	switch {
	case chainErr != nil:
		return chainErr
	case o.CheckIdentity != nil:
		if cs.DidResume {
			return nil
		}
		peer := describe(chain)
		return sc.onLoop(func() error { return o.CheckIdentity(peer) })
	case o.SkipIdentityCheck:
		return nil
	}
	if e := CheckServerIdentity(host, cs.PeerCertificates[0]); e != nil {
		return e
	}
	return nil
}

// onLoop runs fn on the loop and waits for its result: for the handshake's
// goroutine, to ask the loop's side.
func (sc *Conn) onLoop(fn func() error) error {
	res := make(chan error, 1)
	sc.Loop().Post(func() { res <- fn() })
	return <-res
}

package tlsconn

import (
	"crypto/tls"
	"strings"
)

// unofferable is a protocol no client can offer, ALPN names being at most
// 255 bytes long: a server that accepts only it refuses whatever a client
// offers, with crypto/tls's no_application_protocol alert.
var unofferable = strings.Repeat("-", 256)

// alpnConfig returns the GetConfigForClient of a server whose connection has
// an ALPNCallback: for a client that offers protocols, it asks the callback
// on the loop, while the handshake waits, and answers cfg accepting only
// the protocol chosen. An error from the callback rejects the client
// quietly (see rejectQuietly).
func (sc *Conn) alpnConfig(cfg *tls.Config, choose func(string, []string) (string, error), finish func(error)) func(*tls.ClientHelloInfo) (*tls.Config, error) {
	return func(hello *tls.ClientHelloInfo) (*tls.Config, error) {
		if len(hello.SupportedProtos) == 0 {
			return nil, nil // cfg as it is
		}
		type reply struct {
			protocol string
			err      error
		}
		r, err := askOnLoop(sc, hello, func(answer func(reply)) {
			p, err := choose(hello.ServerName, hello.SupportedProtos)
			answer(reply{p, err})
		})
		if err != nil {
			return nil, err
		}
		if r.err != nil {
			return nil, sc.rejectQuietly(r.err, finish)
		}
		if r.protocol == "" {
			r.protocol = unofferable
		}
		c := cfg.Clone()
		c.GetConfigForClient = nil
		c.NextProtos = []string{r.protocol}
		return c, nil
	}
}

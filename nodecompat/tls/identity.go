package tls

import (
	"errors"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/tlsconn"
)

// errIdentityThrew rejects a server whose checkServerIdentity threw; the
// exception itself goes to uncaught handling, as in Node.
var errIdentityThrew = errors.New("checkServerIdentity threw")

// checkIdentity adapts check(cert), a script's checkServerIdentity bound
// to its host name, to the core's CheckIdentity: a truthy result rejects
// the server.
func (m *module) checkIdentity(check goja.Callable) func(*tlsconn.Certificate) error {
	return func(peer *tlsconn.Certificate) error {
		v, ok := m.host.Call(check, goja.Undefined(), m.certificate(peer, true))
		switch {
		case !ok:
			return errIdentityThrew
		case v.ToBoolean():
			return &scriptError{v}
		}
		return nil
	}
}

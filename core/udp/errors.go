package udp

import "github.com/nodeshim/nodeshim/core/sockerr"

// wrapErr is sockerr.Wrap for an error without an endpoint, returned as an
// error interface that is nil when err is nil (a nil *sockerr.Error would
// not be).
func wrapErr(op string, err error) error {
	if err == nil {
		return nil
	}
	return sockerr.Wrap(op, err, "", 0)
}

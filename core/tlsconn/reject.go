package tlsconn

import (
	"crypto/tls"
)

// rejectQuietly runs on the handshake's goroutine when a client with
// ConnOptions.QuietReject rejects the server's certificate. Under TLS 1.3
// it has the loop destroy the connection, and waits for that, before
// crypto/tls gets the error: the bad_certificate alert crypto/tls then
// writes finds the connection closed, and neither it nor the client's
// Finished reaches the server. Under TLS 1.2 the handshake is let through
// (the server has all it needs by now) and the completion callback
// rejects the server.
func (sc *Conn) rejectQuietly(version uint16, err error, finish func(error)) error {
	if version < tls.VersionTLS13 {
		return nil
	}
	closed := make(chan struct{})
	sc.Loop().Post(func() {
		defer close(closed)
		if sc.Closed() {
			return // destroyed or timed out meanwhile, and reported
		}
		sc.Destroy()
		finish(err)
	})
	<-closed
	return err
}

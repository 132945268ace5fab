package tlsconn

// rejectQuietly runs on the handshake's goroutine when an end with
// ConnOptions.QuietReject rejects its peer's certificate. It has the loop
// destroy the connection, and waits for that, before crypto/tls gets the
// error: the bad_certificate alert crypto/tls then writes finds the
// connection closed, and neither it nor anything else of the handshake
// reaches the peer. (A TLS 1.2 client does not come here: it lets the
// handshake complete, and its completion callback rejects the server.)
func (sc *Conn) rejectQuietly(err error, finish func(error)) error {
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

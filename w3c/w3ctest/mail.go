package w3ctest

import (
	"bufio"
	"crypto/tls"
	"fmt"
	"io"
	"net"
	"strings"
)

// LineConn reads CRLF lines and writes replies on a connection, and can
// switch it to TLS: the plumbing of line-based protocols with STARTTLS.
type LineConn struct {
	c net.Conn
	r *bufio.Reader
}

// NewLineConn wraps c.
func NewLineConn(c net.Conn) *LineConn {
	return &LineConn{c: c, r: bufio.NewReader(c)}
}

// Conn returns the connection (a *tls.Conn once secure).
func (l *LineConn) Conn() net.Conn { return l.c }

// Read returns the next line without its line ending.
func (l *LineConn) Read() (string, error) {
	line, err := l.r.ReadString('\n')
	return strings.TrimRight(line, "\r\n"), err
}

// Write sends lines, each ended by CRLF.
func (l *LineConn) Write(lines ...string) error {
	_, err := io.WriteString(l.c, strings.Join(lines, "\r\n")+"\r\n")
	return err
}

// Secure switches to TLS, as the server or the client. It fails if bytes
// arrived in clear after the line that started TLS.
func (l *LineConn) Secure(server bool, cfg *tls.Config) error {
	if l.r.Buffered() > 0 {
		return fmt.Errorf("%d bytes arrived in clear after the STARTTLS command", l.r.Buffered())
	}
	var tc *tls.Conn
	if server {
		tc = tls.Server(l.c, cfg)
	} else {
		tc = tls.Client(l.c, cfg)
	}
	if err := tc.Handshake(); err != nil {
		return err
	}
	l.c, l.r = tc, bufio.NewReader(tc)
	return nil
}

// ServeSMTP speaks enough ESMTP on c for a STARTTLS client: EHLO,
// STARTTLS (then TLS with cert), EHLO again, MAIL/RCPT/DATA accepted, QUIT.
func ServeSMTP(c net.Conn, cert tls.Certificate) {
	l := NewLineConn(c)
	secure := false
	if l.Write("220 smtp.test ESMTP ready") != nil {
		return
	}
	for {
		line, err := l.Read()
		if err != nil {
			return
		}
		verb := strings.ToUpper(strings.Fields(line + " x")[0])
		switch {
		case verb == "EHLO" && !secure:
			err = l.Write("250-smtp.test greets you", "250-PIPELINING", "250 STARTTLS")
		case verb == "EHLO":
			err = l.Write("250-smtp.test greets you over TLS", "250 AUTH PLAIN")
		case verb == "STARTTLS" && !secure:
			if err = l.Write("220 2.0.0 Ready to start TLS"); err == nil {
				err = l.Secure(true, &tls.Config{Certificates: []tls.Certificate{cert}})
				secure = true
			}
		case verb == "MAIL" || verb == "RCPT":
			err = l.Write("250 2.1.0 OK")
		case verb == "DATA":
			if err = l.Write("354 go ahead"); err == nil {
				err = readDotTerminated(l)
			}
			if err == nil {
				err = l.Write("250 2.0.0 queued")
			}
		case verb == "QUIT":
			_ = l.Write("221 2.0.0 Bye")
			closeWrite(l.c)
			return
		default:
			err = l.Write("500 5.5.1 unknown command")
		}
		if err != nil {
			return
		}
	}
}

// readDotTerminated reads a DATA body up to its "." line.
func readDotTerminated(l *LineConn) error {
	for {
		line, err := l.Read()
		if err != nil || line == "." {
			return err
		}
	}
}

// ServeIMAP speaks enough IMAP4rev1 on c for a client: CAPABILITY,
// STARTTLS when startTLS (then TLS with cert; otherwise c is expected to be
// TLS already), LOGIN user/secret, SELECT INBOX (two messages), LOGOUT.
func ServeIMAP(c net.Conn, cert tls.Certificate, startTLS bool) {
	l := NewLineConn(c)
	caps := "IMAP4rev1 AUTH=PLAIN"
	if startTLS {
		caps = "IMAP4rev1 STARTTLS LOGINDISABLED"
	}
	if l.Write("* OK [CAPABILITY "+caps+"] imap.test ready") != nil {
		return
	}
	for {
		line, err := l.Read()
		if err != nil {
			return
		}
		f := strings.Fields(line)
		if len(f) < 2 {
			err = l.Write("* BAD missing tag or command")
			continue
		}
		tag, cmd := f[0], strings.ToUpper(f[1])
		switch {
		case cmd == "CAPABILITY":
			err = l.Write("* CAPABILITY "+caps, tag+" OK CAPABILITY completed")
		case cmd == "STARTTLS" && startTLS:
			if err = l.Write(tag + " OK Begin TLS negotiation now"); err == nil {
				err = l.Secure(true, &tls.Config{Certificates: []tls.Certificate{cert}})
				startTLS = false
				caps = "IMAP4rev1 AUTH=PLAIN"
			}
		case cmd == "LOGIN" && startTLS:
			err = l.Write(tag + " NO LOGIN disabled before STARTTLS")
		case cmd == "LOGIN" && len(f) == 4 && f[2] == "user" && f[3] == "secret":
			err = l.Write(tag + " OK LOGIN completed")
		case cmd == "LOGIN":
			err = l.Write(tag + " NO [AUTHENTICATIONFAILED] invalid credentials")
		case cmd == "SELECT":
			err = l.Write("* 2 EXISTS", "* 0 RECENT", "* FLAGS (\\Seen \\Deleted)", tag+" OK [READ-WRITE] SELECT completed")
		case cmd == "LOGOUT":
			_ = l.Write("* BYE imap.test logging out", tag+" OK LOGOUT completed")
			closeWrite(l.c)
			return
		default:
			err = l.Write(tag + " BAD unknown command")
		}
		if err != nil {
			return
		}
	}
}

// closeWrite sends FIN (close_notify first for TLS).
func closeWrite(c net.Conn) {
	if cw, ok := c.(interface{ CloseWrite() error }); ok {
		_ = cw.CloseWrite()
	}
}

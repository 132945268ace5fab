package w3ctests

import (
	"bufio"
	"crypto/tls"
	"fmt"
	"io"
	"net"
	"strings"
)

// lineConn reads CRLF lines and writes replies, and can switch to TLS.
type lineConn struct {
	c net.Conn
	r *bufio.Reader
}

func newLineConn(c net.Conn) *lineConn {
	return &lineConn{c: c, r: bufio.NewReader(c)}
}

// read returns the next line without its line ending.
func (l *lineConn) read() (string, error) {
	line, err := l.r.ReadString('\n')
	return strings.TrimRight(line, "\r\n"), err
}

// write sends lines, each ended by CRLF.
func (l *lineConn) write(lines ...string) error {
	_, err := io.WriteString(l.c, strings.Join(lines, "\r\n")+"\r\n")
	return err
}

// secure switches to TLS as the server (cert set) or the client.
func (l *lineConn) secure(server bool, cfg *tls.Config) error {
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

// smtpServer speaks enough ESMTP for a STARTTLS client: EHLO, STARTTLS,
// EHLO again over TLS, MAIL/RCPT/DATA accepted, QUIT.
func smtpServer(c net.Conn, cert tls.Certificate) {
	l := newLineConn(c)
	secure := false
	if l.write("220 smtp.test ESMTP ready") != nil {
		return
	}
	for {
		line, err := l.read()
		if err != nil {
			return
		}
		verb := strings.ToUpper(strings.Fields(line + " x")[0])
		switch {
		case verb == "EHLO" && !secure:
			err = l.write("250-smtp.test greets you", "250-PIPELINING", "250 STARTTLS")
		case verb == "EHLO":
			err = l.write("250-smtp.test greets you over TLS", "250 AUTH PLAIN")
		case verb == "STARTTLS" && !secure:
			if err = l.write("220 2.0.0 Ready to start TLS"); err == nil {
				err = l.secure(true, &tls.Config{Certificates: []tls.Certificate{cert}})
				secure = true
			}
		case verb == "MAIL" || verb == "RCPT":
			err = l.write("250 2.1.0 OK")
		case verb == "DATA":
			if err = l.write("354 go ahead"); err == nil {
				err = readDotTerminated(l)
			}
			if err == nil {
				err = l.write("250 2.0.0 queued")
			}
		case verb == "QUIT":
			_ = l.write("221 2.0.0 Bye")
			closeWrite(l.c)
			return
		default:
			err = l.write("500 5.5.1 unknown command")
		}
		if err != nil {
			return
		}
	}
}

// readDotTerminated reads a DATA body up to its "." line.
func readDotTerminated(l *lineConn) error {
	for {
		line, err := l.read()
		if err != nil || line == "." {
			return err
		}
	}
}

// imapServer speaks enough IMAP4rev1 for a STARTTLS client (when
// startTLS, else over implicit TLS): CAPABILITY, STARTTLS, LOGIN
// user/secret, SELECT INBOX, LOGOUT.
func imapServer(c net.Conn, cert tls.Certificate, startTLS bool) {
	l := newLineConn(c)
	caps := "IMAP4rev1 AUTH=PLAIN"
	if startTLS {
		caps = "IMAP4rev1 STARTTLS LOGINDISABLED"
	}
	if l.write("* OK [CAPABILITY "+caps+"] imap.test ready") != nil {
		return
	}
	for {
		line, err := l.read()
		if err != nil {
			return
		}
		f := strings.Fields(line)
		if len(f) < 2 {
			err = l.write("* BAD missing tag or command")
			continue
		}
		tag, cmd := f[0], strings.ToUpper(f[1])
		switch {
		case cmd == "CAPABILITY":
			err = l.write("* CAPABILITY "+caps, tag+" OK CAPABILITY completed")
		case cmd == "STARTTLS" && startTLS:
			if err = l.write(tag + " OK Begin TLS negotiation now"); err == nil {
				err = l.secure(true, &tls.Config{Certificates: []tls.Certificate{cert}})
				startTLS = false
				caps = "IMAP4rev1 AUTH=PLAIN"
			}
		case cmd == "LOGIN" && startTLS:
			err = l.write(tag + " NO LOGIN disabled before STARTTLS")
		case cmd == "LOGIN" && len(f) == 4 && f[2] == "user" && f[3] == "secret":
			err = l.write(tag + " OK LOGIN completed")
		case cmd == "LOGIN":
			err = l.write(tag + " NO [AUTHENTICATIONFAILED] invalid credentials")
		case cmd == "SELECT":
			err = l.write("* 2 EXISTS", "* 0 RECENT", "* FLAGS (\\Seen \\Deleted)", tag+" OK [READ-WRITE] SELECT completed")
		case cmd == "LOGOUT":
			_ = l.write("* BYE imap.test logging out", tag+" OK LOGOUT completed")
			closeWrite(l.c)
			return
		default:
			err = l.write(tag + " BAD unknown command")
		}
		if err != nil {
			return
		}
	}
}

// expect reads a line and checks its prefix.
func (l *lineConn) expect(prefix string) (string, error) {
	line, err := l.read()
	if err != nil {
		return line, fmt.Errorf("waiting for %q: %w", prefix, err)
	}
	if !strings.HasPrefix(line, prefix) {
		return line, fmt.Errorf("got %q, want %q...", line, prefix)
	}
	return line, nil
}

// expectReply reads an SMTP reply (continuation lines "250-...") and
// returns its last line.
func (l *lineConn) expectReply(code string) (string, error) {
	for {
		line, err := l.expect(code)
		if err != nil || !strings.HasPrefix(line, code+"-") {
			return line, err
		}
	}
}

// smtpClient runs the client's side of SMTP with STARTTLS against a
// script's server and returns a summary of the dialogue.
func smtpClient(c net.Conn, cfg *tls.Config) (string, error) {
	l := newLineConn(c)
	steps := []struct{ send, want string }{
		{"", "220"}, {"EHLO harness", "250"}, {"STARTTLS", "220"},
		{"!tls", ""}, {"EHLO harness", "250"}, {"MAIL FROM:<a@test>", "250"},
		{"RCPT TO:<b@test>", "250"}, {"DATA", "354"}, {"Subject: hi\r\n\r\nhello\r\n.", "250"}, {"QUIT", "221"},
	}
	var seen []string
	for _, s := range steps {
		switch s.send {
		case "":
		case "!tls":
			if err := l.secure(false, cfg); err != nil {
				return strings.Join(seen, "|"), err
			}
			seen = append(seen, "TLS "+tlsName(l.c))
			continue
		default:
			if err := l.write(s.send); err != nil {
				return strings.Join(seen, "|"), err
			}
		}
		line, err := l.expectReply(s.want)
		seen = append(seen, line)
		if err != nil {
			return strings.Join(seen, "|"), err
		}
	}
	return strings.Join(seen, "|"), nil
}

// imapClient runs the client's side of IMAP with STARTTLS against a
// script's server and returns a summary of the dialogue.
func imapClient(c net.Conn, cfg *tls.Config) (string, error) {
	l := newLineConn(c)
	var seen []string
	greeting, err := l.expect("* OK")
	seen = append(seen, greeting)
	if err != nil {
		return strings.Join(seen, "|"), err
	}
	for _, cmd := range []string{"a1 CAPABILITY", "a2 STARTTLS", "!tls", "a3 LOGIN user secret", "a4 SELECT INBOX", "a5 LOGOUT"} {
		if cmd == "!tls" {
			if err := l.secure(false, cfg); err != nil {
				return strings.Join(seen, "|"), err
			}
			seen = append(seen, "TLS "+tlsName(l.c))
			continue
		}
		if err := l.write(cmd); err != nil {
			return strings.Join(seen, "|"), err
		}
		tag := strings.Fields(cmd)[0]
		for {
			line, err := l.read()
			if err != nil {
				return strings.Join(seen, "|"), fmt.Errorf("after %q: %w", cmd, err)
			}
			if strings.HasPrefix(line, tag+" ") {
				seen = append(seen, line)
				break
			}
		}
	}
	return strings.Join(seen, "|"), nil
}

// tlsName names the TLS version of a connection.
func tlsName(c net.Conn) string {
	if tc, ok := c.(*tls.Conn); ok && tc.ConnectionState().Version == tls.VersionTLS13 {
		return "1.3"
	}
	return "1.2"
}

package w3ctests

import (
	"crypto/tls"
	"fmt"
	"net"
	"strings"

	"github.com/nodeshim/nodeshim/w3c/w3ctest"
)

// expect reads a line and checks its prefix.
func expect(l *w3ctest.LineConn, prefix string) (string, error) {
	line, err := l.Read()
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
func expectReply(l *w3ctest.LineConn, code string) (string, error) {
	for {
		line, err := expect(l, code)
		if err != nil || !strings.HasPrefix(line, code+"-") {
			return line, err
		}
	}
}

// smtpClient runs the client's side of SMTP with STARTTLS against a
// script's server and returns a summary of the dialogue.
func smtpClient(c net.Conn, cfg *tls.Config) (string, error) {
	l := w3ctest.NewLineConn(c)
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
			if err := l.Secure(false, cfg); err != nil {
				return strings.Join(seen, "|"), err
			}
			seen = append(seen, "TLS "+tlsName(l.Conn()))
			continue
		default:
			if err := l.Write(s.send); err != nil {
				return strings.Join(seen, "|"), err
			}
		}
		line, err := expectReply(l, s.want)
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
	l := w3ctest.NewLineConn(c)
	var seen []string
	greeting, err := expect(l, "* OK")
	seen = append(seen, greeting)
	if err != nil {
		return strings.Join(seen, "|"), err
	}
	for _, cmd := range []string{"a1 CAPABILITY", "a2 STARTTLS", "!tls", "a3 LOGIN user secret", "a4 SELECT INBOX", "a5 LOGOUT"} {
		if cmd == "!tls" {
			if err := l.Secure(false, cfg); err != nil {
				return strings.Join(seen, "|"), err
			}
			seen = append(seen, "TLS "+tlsName(l.Conn()))
			continue
		}
		if err := l.Write(cmd); err != nil {
			return strings.Join(seen, "|"), err
		}
		tag := strings.Fields(cmd)[0]
		for {
			line, err := l.Read()
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

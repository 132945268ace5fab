package w3ctest

import (
	"crypto/tls"
	"net"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// dialogue runs a client script against a server over loopback TCP (TLS
// needs buffering that net.Pipe lacks): each step sends a line ("" sends
// nothing, "!tls" starts TLS) and checks the reply.
func dialogue(t *testing.T, p *PKI, serve func(net.Conn), steps [][2]string) {
	ln, err := net.Listen("tcp4", "127.0.0.1:0")
	require.NoError(t, err)
	defer ln.Close()
	done := make(chan struct{})
	go func() {
		defer close(done)
		server, err := ln.Accept()
		if err != nil {
			return
		}
		defer server.Close()
		serve(server)
	}()
	client, err := net.Dial("tcp4", ln.Addr().String())
	require.NoError(t, err)
	defer func() { client.Close(); <-done }()
	l := NewLineConn(client)
	for _, s := range steps {
		switch s[0] {
		case "!tls":
			require.NoError(t, l.Secure(false, &tls.Config{RootCAs: p.Pool(), ServerName: "localhost"}))
			continue
		case "":
		default:
			require.NoError(t, l.Write(s[0]))
		}
		line, err := l.Read()
		require.NoError(t, err)
		assert.Equal(t, s[1], line, "reply to %q", s[0])
	}
}

func TestServeSMTP(t *testing.T) {
	p, err := NewPKI()
	require.NoError(t, err)
	dialogue(t, p, func(c net.Conn) { ServeSMTP(c, p.Leaf.TLS) }, [][2]string{
		{"", "220 smtp.test ESMTP ready"},
		{"NOOP", "500 5.5.1 unknown command"},
		{"STARTTLS", "220 2.0.0 Ready to start TLS"},
		{"!tls", ""},
		{"EHLO me", "250-smtp.test greets you over TLS"},
		{"", "250 AUTH PLAIN"},
		{"QUIT", "221 2.0.0 Bye"},
	})
}

func TestServeIMAP(t *testing.T) {
	p, err := NewPKI()
	require.NoError(t, err)
	dialogue(t, p, func(c net.Conn) { ServeIMAP(c, p.Leaf.TLS, true) }, [][2]string{
		{"", "* OK [CAPABILITY IMAP4rev1 STARTTLS LOGINDISABLED] imap.test ready"},
		{"a1 LOGIN user secret", "a1 NO LOGIN disabled before STARTTLS"},
		{"a2 STARTTLS", "a2 OK Begin TLS negotiation now"},
		{"!tls", ""},
		{"a3 LOGIN user nope", "a3 NO [AUTHENTICATIONFAILED] invalid credentials"},
		{"a4 LOGIN user secret", "a4 OK LOGIN completed"},
		{"a5 LOGOUT", "* BYE imap.test logging out"},
	})
}

package ws

import (
	"bufio"
	"bytes"
	"crypto/rand"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/nodeshim/nodeshim/core/internal/testcert"
	"github.com/nodeshim/nodeshim/core/tlsconn"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSubprotocols has the server choose among the client's offers.
func TestSubprotocols(t *testing.T) {
	for _, tc := range []struct {
		name    string
		offered []string
		choose  string
		want    string
	}{
		{"second", []string{"v1.chat", "v2.chat"}, "v2.chat", "v2.chat"},
		{"none offered", nil, "ignored", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := newLoop(t)
			var asked []string
			var s *Conn
			srv := newRecorder(t, "server")
			url := serve(t, l, AcceptOptions{SelectProtocol: func(req *http.Request, offered []string) string {
				asked = offered
				assert.Equal(t, "/path", req.URL.Path)
				assert.Equal(t, "yes", req.Header.Get("X-Extra"))
				return tc.choose
			}}, 1, func(c *Conn) { s = c; c.SetHandler(srv) })
			c, cli := dial(t, l, url+"/path?q=1", DialOptions{Protocols: tc.offered,
				Header: http.Header{"X-Extra": {"yes"}, "Sec-WebSocket-Protocol": {"not this"}}})
			cli.onOpen = func() { require.NoError(t, c.Close(CloseNormal, "")) }
			run(t, l)
			assert.Equal(t, tc.offered, asked)
			assert.Equal(t, tc.want, cli.protocol)
			assert.Equal(t, tc.want, srv.protocol)
			assert.Equal(t, tc.want, c.Protocol())
			assert.Equal(t, "/path?q=1", s.Request().URL.RequestURI())
			assert.True(t, cli.closed.wasClean)
		})
	}
}

// TestCompression sends compressible and random messages both ways with
// permessage-deflate: they arrive intact, the compressible ones take far
// fewer bytes on the wire, and context takeover carries over messages.
func TestCompression(t *testing.T) {
	l := newLoop(t)
	url, srv := echoServer(t, l, AcceptOptions{Compression: true})
	c, cli := dial(t, l, url, DialOptions{Compression: true})
	text := strings.Repeat("All work and no play makes Jack a dull boy. ", 5000)
	random := make([]byte, 100_000)
	_, _ = rand.Read(random)
	sent := []message{
		{Text, []byte(text)}, {Text, []byte(text)}, {Binary, random}, {Text, []byte("short")},
		{Binary, bytes.Repeat([]byte{7}, 3<<20)}, {Text, []byte{}},
	}
	sendAllThenClose(t, c, cli, sent, CloseNormal, "")
	run(t, l)
	assert.Equal(t, "permessage-deflate", cli.extensions)
	assert.Equal(t, "permessage-deflate", srv.extensions)
	require.Equal(t, sent, cli.msgs)
	total := 0
	for _, m := range sent {
		total += len(m.data)
	}
	assert.Less(t, c.TCP().BytesWritten(), int64(len(random)+total/20), "compressible messages shrink")
	assert.Less(t, c.TCP().BytesRead(), int64(len(random)+total/20), "the server compresses too")
}

// TestDeflateNegotiation checks the offers a server accepts and the
// configuration each side derives.
func TestDeflateNegotiation(t *testing.T) {
	for _, tc := range []struct {
		offer  string
		answer string
		want   *deflate
	}{
		{"permessage-deflate", "permessage-deflate", &deflate{compressOut: true}},
		{"permessage-deflate; client_max_window_bits", "permessage-deflate", &deflate{compressOut: true}},
		{"permessage-deflate; server_no_context_takeover; client_no_context_takeover",
			"permessage-deflate; server_no_context_takeover; client_no_context_takeover",
			&deflate{compressOut: true, resetOut: true, resetIn: true}},
		{"permessage-deflate; server_max_window_bits=10", "permessage-deflate; server_max_window_bits=10",
			&deflate{}},
		{`permessage-deflate; server_max_window_bits="15"`, "permessage-deflate; server_max_window_bits=15",
			&deflate{compressOut: true}},
		{"permessage-deflate; server_max_window_bits", "", nil},
		{"permessage-deflate; unknown", "", nil},
		{"permessage-deflate; server_no_context_takeover; server_no_context_takeover", "", nil},
		{"x-webkit-deflate-frame", "", nil},
		{"permessage-deflate; client_max_window_bits=7, permessage-deflate", "permessage-deflate",
			&deflate{compressOut: true}},
	} {
		h := http.Header{"Sec-Websocket-Extensions": {tc.offer}}
		d, answer := acceptDeflate(parseExtensions(h))
		assert.Equal(t, tc.answer, answer, tc.offer)
		assert.Equal(t, tc.want, d, tc.offer)
	}
	for _, tc := range []struct {
		answer string
		ok     bool
		want   *deflate
	}{
		{"permessage-deflate", true, &deflate{compressOut: true}},
		{"permessage-deflate; client_max_window_bits=12", true, &deflate{}},
		{"permessage-deflate; client_no_context_takeover; server_max_window_bits=9", true,
			&deflate{compressOut: true, resetOut: true}},
		{"permessage-deflate; server_no_context_takeover", true, &deflate{compressOut: true, resetIn: true}},
		{"permessage-deflate; client_max_window_bits", false, nil},
	} {
		exts := parseExtensions(http.Header{"Sec-Websocket-Extensions": {tc.answer}})
		p, ok := parseDeflate(exts[0].params, true)
		assert.Equal(t, tc.ok, ok, tc.answer)
		if ok {
			assert.Equal(t, tc.want, clientDeflate(p), tc.answer)
		}
	}
}

// TestSecure runs the echo over TLS (wss) with a test certificate.
func TestSecure(t *testing.T) {
	cert := testcert.New(t, testcert.Options{CommonName: "localhost", IPs: []net.IP{net.IPv4(127, 0, 0, 1)}})
	serverCtx, err := tlsconn.NewContext(tlsconn.ContextOptions{Cert: []string{cert.CertPEM}, Key: []string{cert.KeyPEM}})
	require.NoError(t, err)
	clientCtx, err := tlsconn.NewContext(tlsconn.ContextOptions{CA: []string{cert.CertPEM}})
	require.NoError(t, err)
	l := newLoop(t)
	url, srv := echoServer(t, l, AcceptOptions{TLS: serverCtx})
	c, cli := dial(t, l, "wss"+strings.TrimPrefix(url, "ws"), DialOptions{TLS: clientCtx})
	big := pattern(1<<20, 3)
	cli.onOpen = func() {
		assert.Equal(t, "TLSv1.3", c.TLS().Protocol())
		c.SendText("over TLS", nil)
		c.SendBinary(big, nil)
	}
	cli.onMessage = func(message) {
		if len(cli.msgs) == 2 {
			require.NoError(t, c.Close(CloseNormal, "secure"))
		}
	}
	run(t, l)
	require.Equal(t, []message{{Text, []byte("over TLS")}, {Binary, big}}, cli.msgs)
	assert.Equal(t, &closeInfo{CloseNormal, "secure", true}, cli.closed)
	assert.Equal(t, &closeInfo{CloseNormal, "secure", true}, srv.closed)
}

// TestSecureVerification fails a wss handshake whose certificate does not
// verify: an error with Node's code, then close 1006.
func TestSecureVerification(t *testing.T) {
	cert := testcert.New(t, testcert.Options{CommonName: "localhost", IPs: []net.IP{net.IPv4(127, 0, 0, 1)}})
	serverCtx, err := tlsconn.NewContext(tlsconn.ContextOptions{Cert: []string{cert.CertPEM}, Key: []string{cert.KeyPEM}})
	require.NoError(t, err)
	l := newLoop(t)
	url, srv := echoServer(t, l, AcceptOptions{TLS: serverCtx})
	_, cli := dial(t, l, "wss"+strings.TrimPrefix(url, "ws"), DialOptions{})
	run(t, l)
	assert.Equal(t, []string{"error", "close:1006"}, cli.events)
	require.Len(t, cli.errs, 1)
	assert.Contains(t, cli.errs[0].Error(), "self-signed certificate")
	assert.Equal(t, "close:1006", srv.events[len(srv.events)-1])
}

// TestPause stops a server reading while a client sends 16 MiB: nothing is
// read from the socket meanwhile, so the client's buffered amount stays up;
// on Resume everything arrives in order and the client hears drain.
func TestPause(t *testing.T) {
	l := newLoop(t)
	var s *Conn
	srv := newRecorder(t, "server")
	url := serve(t, l, AcceptOptions{}, 1, func(c *Conn) {
		s = c
		srv.onOpen = c.Pause
		c.SetHandler(srv)
	})
	c, cli := dial(t, l, url, DialOptions{})
	const n = 256
	var readAtPause int64
	drained := false
	cli.onOpen = func() {
		for i := range n {
			c.SendBinary(pattern(64<<10, byte(i)), nil)
		}
		l.NewTimer(50*time.Millisecond, func() {
			readAtPause = s.TCP().BytesRead()
			l.NewTimer(100*time.Millisecond, func() {
				assert.Equal(t, readAtPause, s.TCP().BytesRead(), "a paused connection does not read")
				assert.Empty(t, srv.msgs)
				assert.True(t, s.Paused())
				assert.Greater(t, c.Buffered(), 0, "backpressure reaches the sender")
				s.Resume()
			})
		})
	}
	cli.onDrain = func() {
		drained = true
		assert.Zero(t, c.Buffered())
	}
	srv.onMessage = func(message) {
		if len(srv.msgs) == n {
			require.NoError(t, s.Close(CloseNormal, ""))
		}
	}
	run(t, l)
	assert.Less(t, readAtPause, int64(n*64<<10))
	assert.True(t, drained)
	require.Len(t, srv.msgs, n)
	for i, m := range srv.msgs {
		require.True(t, bytes.Equal(pattern(64<<10, byte(i)), m.data), "message %d", i)
	}
}

// TestPauseInsideMessage pauses in OnMessage with more messages already
// read in the same chunk: they wait for Resume, and come in order.
func TestPauseInsideMessage(t *testing.T) {
	l := newLoop(t)
	var s *Conn
	srv := newRecorder(t, "server")
	url := serve(t, l, AcceptOptions{}, 1, func(c *Conn) { s = c; c.SetHandler(srv) })
	resumes := 0
	srv.onMessage = func(m message) {
		s.Pause()
		s.Pause()
		l.NewTimer(10*time.Millisecond, func() {
			assert.Len(t, srv.msgs, resumes+1, "nothing arrives while paused")
			resumes++
			s.Resume()
		})
	}
	go func() {
		conn, br, _, err := rawUpgrade(url, "")
		if !assert.NoError(t, err) {
			return
		}
		defer conn.Close()
		_, err = conn.Write(frames(rawFrame{0x81, []byte("one"), true}, rawFrame{0x81, []byte("two"), true},
			rawFrame{0x81, []byte("three"), true}, rawFrame{0x88, []byte{0x03, 0xE8}, true}))
		assert.NoError(t, err)
		_, _ = readRawFrame(br)
	}()
	run(t, l)
	assert.Equal(t, []message{{Text, []byte("one")}, {Text, []byte("two")}, {Text, []byte("three")}}, srv.msgs)
	assert.Equal(t, &closeInfo{CloseNormal, "", true}, srv.closed)
}

// TestBufferedAndDone counts bufferedAmount in payload bytes and completes
// every send in order.
func TestBufferedAndDone(t *testing.T) {
	l := newLoop(t)
	var s *Conn
	url := serve(t, l, AcceptOptions{}, 1, func(c *Conn) {
		s = c
		c.Pause()
	})
	c, cli := dial(t, l, url, DialOptions{})
	var order []int
	cli.onOpen = func() {
		buffered := 0
		for i := range 24 {
			buffered = c.SendBinary(make([]byte, 1<<20), func(err error) {
				assert.NoError(t, err)
				order = append(order, i)
			})
		}
		assert.Equal(t, c.Buffered(), buffered)
		assert.Greater(t, buffered, 0)
		assert.Zero(t, buffered%(1<<20), "only whole payloads count, never framing")
		s.Resume()
	}
	cli.onDrain = func() {
		assert.Len(t, order, 24)
		require.NoError(t, c.Close(CloseNormal, ""))
	}
	run(t, l)
	for i := range order {
		assert.Equal(t, i, order[i])
	}
}

// TestHandshakeTimeout gives up on a server that never answers.
func TestHandshakeTimeout(t *testing.T) {
	l := newLoop(t)
	url, done := rawServer(func(conn net.Conn, br *bufio.Reader, req *http.Request) error {
		_, err := br.ReadByte() // until the client gives up
		return ignoreEOF(err)
	})
	_, cli := dial(t, l, url, DialOptions{Options: Options{HandshakeTimeout: 50 * time.Millisecond}})
	run(t, l)
	require.NoError(t, <-done)
	assert.Equal(t, []string{"error", "close:1006"}, cli.events)
	assert.EqualError(t, cli.errs[0], "Opening handshake has timed out")
}

// TestRefUnref lets the loop end while an unreferenced connection is open.
func TestRefUnref(t *testing.T) {
	l := newLoop(t)
	var s *Conn
	url := serve(t, l, AcceptOptions{}, 1, func(c *Conn) {
		s = c
		c.SetHandler(newRecorder(t, "server"))
	})
	c, cli := dial(t, l, url, DialOptions{})
	cli.onOpen = func() {
		c.Unref()
		assert.False(t, c.HasRef())
		s.Unref()
	}
	run(t, l)
	assert.Equal(t, Open, c.State())
	c.Ref()
	s.Ref()
	require.NoError(t, c.Close(CloseNormal, ""))
	run(t, l)
	assert.Equal(t, &closeInfo{CloseNormal, "", true}, cli.closed)
}

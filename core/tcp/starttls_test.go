package tcp

import (
	"bytes"
	"crypto/tls"
	"fmt"
	"io"
	"net"
	"testing"

	"github.com/nodeshim/nodeshim/core/internal/crlf"
	"github.com/nodeshim/nodeshim/core/internal/testcert"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// STARTTLS tests: a line protocol in clear ("EHLO", "STARTTLS", "220 go
// ahead") upgraded to TLS in the middle, checked byte for byte on both
// sides, with peers that make the upgrade hard.

// gluedConn is a Go peer's connection whose first write carries a clear
// prefix in the same segment as the first TLS bytes, and which reads and
// checks an expected clear text before the TLS bytes.
type gluedConn struct {
	net.Conn
	prefix []byte
	expect []byte
}

func (g *gluedConn) Write(p []byte) (int, error) {
	if g.prefix != nil {
		b := append(g.prefix, p...)
		g.prefix = nil
		if _, err := g.Conn.Write(b); err != nil {
			return 0, err
		}
		return len(p), nil
	}
	return g.Conn.Write(p)
}

func (g *gluedConn) Read(p []byte) (int, error) {
	if g.expect != nil {
		got := make([]byte, len(g.expect))
		if _, err := io.ReadFull(g.Conn, got); err != nil {
			return 0, err
		}
		if !bytes.Equal(got, g.expect) {
			return 0, fmt.Errorf("clear text %q, want %q", got, g.expect)
		}
		g.expect = nil
	}
	return g.Conn.Read(p)
}

// blob is n numbered CRLF lines starting with tag.
func blob(tag string, n int) []byte {
	var b bytes.Buffer
	for i := range n {
		fmt.Fprintf(&b, "%s %07d ................................................\r\n", tag, i)
	}
	return b.Bytes()
}

// exchange writes send on the TLS connection, then reads until the end of
// stream and checks that what came back is want.
func exchange(tc *tls.Conn, send, want string) error {
	if _, err := tc.Write([]byte(send)); err != nil {
		return err
	}
	got, err := io.ReadAll(tc)
	if err != nil {
		return err
	}
	if string(got) != want {
		return fmt.Errorf("sent %q, got %q back", send, got)
	}
	return nil
}

// goPeer runs fn on a goroutine with a connection made by connect; the
// returned wait gives fn's error once it has returned.
func goPeer(connect func() (net.Conn, error), fn func(conn net.Conn) error) (wait func() error) {
	var err error
	done := make(chan struct{})
	go func() {
		defer close(done)
		var conn net.Conn
		if conn, err = connect(); err != nil {
			return
		}
		defer conn.Close()
		err = fn(conn)
	}()
	return func() error { <-done; return err }
}

// goServer listens for one connection served by fn on a goroutine.
func goServer(t *testing.T, fn func(conn net.Conn) error) (port int, wait func() error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	t.Cleanup(func() { ln.Close() })
	return ln.Addr().(*net.TCPAddr).Port, goPeer(ln.Accept, fn)
}

func TestSTARTTLSClientHelloGluedToTheCommand(t *testing.T) {
	// The Go peer is the protocol client and TLS client: it pipelines two
	// commands, STARTTLS and its ClientHello in one segment. The core
	// server must answer the commands in clear, then feed the bytes after
	// "STARTTLS\r\n" to its handshake.
	ca, leaf := testcert.Localhost(t)
	l := newLoop(t)
	var pending []byte
	var secured bool
	var ln *Listener
	ln, err := Listen(l, ListenOptions{Host: "127.0.0.1"}, listenerFuncs{conn: func(c *Conn) {
		require.NoError(t, ln.Close())
		r := newRecorder(t, "core server")
		lp := &crlf.Lines{}
		lp.OnLine = func(line string) {
			switch {
			case line == "STARTTLS":
				c.Write([]byte("220 go ahead\r\n"), nil)
				pending = lp.Rest()
				c.StartTLS(TLSUpgrade{Config: &tls.Config{Certificates: []tls.Certificate{leaf.TLS()}}, Server: true, Pending: pending},
					func(err error) {
						require.NoError(t, err)
						secured = true
					})
			case line == "QUIT":
				c.Write([]byte("221 bye\r\n"), nil)
				c.CloseWrite(nil)
			default:
				c.Write([]byte("250 "+line+"\r\n"), nil)
			}
		}
		r.onData = lp.Feed
		c.SetHandler(r)
	}})
	require.NoError(t, err)
	wait := goPeer(func() (net.Conn, error) { return net.Dial("tcp", ln.Addr().String()) }, func(conn net.Conn) error {
		g := &gluedConn{Conn: conn,
			prefix: []byte("EHLO me\r\nNOOP\r\nSTARTTLS\r\n"),
			expect: []byte("250 EHLO me\r\n250 NOOP\r\n220 go ahead\r\n")}
		tc := tls.Client(g, &tls.Config{RootCAs: testcert.Pool(ca), ServerName: "localhost"})
		if err := tc.Handshake(); err != nil {
			return err
		}
		return exchange(tc, "CMD3\r\nCMD4\r\nQUIT\r\n", "250 CMD3\r\n250 CMD4\r\n221 bye\r\n")
	})
	run(t, l)
	require.NoError(t, wait())
	assert.True(t, secured)
	assert.NotEmpty(t, pending, "the ClientHello came in the same read as the command")
}

func TestSTARTTLSGoAheadGluedToTheFirstTLSBytes(t *testing.T) {
	// The Go peer says "220 go ahead" and sends its ClientHello in the same
	// segment; the core, which asked for STARTTLS, becomes the TLS server
	// and must find the handshake's start in the chunk that carried the
	// line.
	ca, leaf := testcert.Localhost(t)
	l := newLoop(t)
	port, wait := goServer(t, func(conn net.Conn) error {
		cmd := make([]byte, len("STARTTLS\r\n"))
		if _, err := io.ReadFull(conn, cmd); err != nil || string(cmd) != "STARTTLS\r\n" {
			return fmt.Errorf("command %q: %v", cmd, err)
		}
		g := &gluedConn{Conn: conn, prefix: []byte("220 go ahead\r\n")}
		tc := tls.Client(g, &tls.Config{RootCAs: testcert.Pool(ca), ServerName: "localhost"})
		return exchange(tc, "ping\r\n", "pong\r\n")
	})
	var pending []byte
	r := newRecorder(t, "core client")
	var c *Conn
	c = Dial(l, DialOptions{Host: "127.0.0.1", Port: port}, func(err error) {
		require.NoError(t, err)
		c.Write([]byte("STARTTLS\r\n"), nil)
	})
	lp := &crlf.Lines{}
	lp.OnLine = func(line string) {
		switch line {
		case "220 go ahead":
			pending = lp.Rest()
			c.StartTLS(TLSUpgrade{Config: &tls.Config{Certificates: []tls.Certificate{leaf.TLS()}}, Server: true, Pending: pending},
				func(err error) { require.NoError(t, err) })
		case "ping":
			c.Write([]byte("pong\r\n"), nil)
			c.CloseWrite(nil)
		default:
			t.Errorf("unexpected line %q", line)
		}
	}
	r.onData = lp.Feed
	c.SetHandler(r)
	run(t, l)
	require.NoError(t, wait())
	assert.NotEmpty(t, pending, "the ClientHello came in the same read as the line")
	assert.Equal(t, []string{"end", "close:false"}, r.events)
}

func TestSTARTTLSWithBothDirectionsBusy(t *testing.T) {
	// Each side has megabytes of clear text in flight when the upgrade
	// starts; the core (TLS client) writes its post-upgrade data right after
	// StartTLS, before the handshake completes.
	ca, leaf := testcert.Localhost(t)
	coreClear, peerClear := blob("core", 30000), blob("peer", 30000)
	coreSecret, peerSecret := blob("core-secret", 10000), blob("peer-secret", 10000)
	l := newLoop(t)
	port, wait := goServer(t, func(conn net.Conn) error {
		writeErr := make(chan error, 1)
		go func() {
			_, err := conn.Write(append(append([]byte(nil), peerClear...), "220 go ahead\r\n"...))
			writeErr <- err
		}()
		got := make([]byte, len(coreClear)+len("STARTTLS\r\n"))
		_, rerr := io.ReadFull(conn, got)
		if err := <-writeErr; err != nil {
			return err
		}
		if rerr != nil {
			return rerr
		}
		if !bytes.Equal(got, append(append([]byte(nil), coreClear...), "STARTTLS\r\n"...)) {
			return fmt.Errorf("clear text from the core differs")
		}
		tc := tls.Server(conn, &tls.Config{Certificates: []tls.Certificate{leaf.TLS()}})
		secret, err := io.ReadAll(tc)
		if err != nil {
			return err
		}
		if !bytes.Equal(secret, coreSecret) {
			return fmt.Errorf("encrypted text from the core differs (%d bytes)", len(secret))
		}
		if _, err := tc.Write(peerSecret); err != nil {
			return err
		}
		return tc.CloseWrite()
	})
	var clearGot, secretGot bytes.Buffer
	upgraded := false
	r := newRecorder(t, "core")
	r.keep = false
	var c *Conn
	c = Dial(l, DialOptions{Host: "127.0.0.1", Port: port}, func(err error) {
		require.NoError(t, err)
		c.Write(coreClear, nil)
		c.Write([]byte("STARTTLS\r\n"), nil)
	})
	lp := &crlf.Lines{}
	lp.OnLine = func(line string) {
		if upgraded {
			secretGot.WriteString(line + "\r\n")
			return
		}
		if line != "220 go ahead" {
			clearGot.WriteString(line + "\r\n")
			return
		}
		upgraded = true
		assert.Empty(t, lp.Rest(), "the TLS server speaks second")
		c.StartTLS(TLSUpgrade{Config: &tls.Config{RootCAs: testcert.Pool(ca), ServerName: "localhost"}},
			func(err error) { require.NoError(t, err) })
		for i := 0; i < len(coreSecret); i += 7000 { // pipelined, held until secure
			c.Write(coreSecret[i:min(i+7000, len(coreSecret))], nil)
		}
		c.CloseWrite(nil)
	}
	r.onData = lp.Feed
	c.SetHandler(r)
	run(t, l)
	require.NoError(t, wait())
	assert.True(t, bytes.Equal(peerClear, clearGot.Bytes()), "clear text from the peer")
	assert.True(t, bytes.Equal(peerSecret, secretGot.Bytes()), "encrypted text from the peer")
	assert.Equal(t, []string{"end", "close:false"}, r.events)
}

func TestSTARTTLSBetweenTwoCoreEnds(t *testing.T) {
	// Both ends on the loop: the server streams clear text from the start
	// and keeps writing after its StartTLS; the client pipelines commands
	// right after its StartTLS.
	ca, leaf := testcert.Localhost(t)
	serverClear, serverSecret := blob("server", 20000), blob("server-secret", 5000)
	l := newLoop(t)
	var serverGot, clientClear, clientSecret bytes.Buffer
	clientRec, serverRec := newRecorder(t, "client"), newRecorder(t, "server")
	pair(t, l, "::1", func(client, server *Conn) {
		server.Write(serverClear, nil)
		slp := &crlf.Lines{}
		serverUp := false
		slp.OnLine = func(line string) {
			switch {
			case line == "STARTTLS":
				server.Write([]byte("220 go ahead\r\n"), nil)
				server.StartTLS(TLSUpgrade{Config: &tls.Config{Certificates: []tls.Certificate{leaf.TLS()}}, Server: true, Pending: slp.Rest()},
					func(err error) { require.NoError(t, err) })
				serverUp = true
				server.Write(serverSecret, nil)
			case serverUp && line == "QUIT":
				server.CloseWrite(nil)
			default:
				assert.True(t, serverUp || line == "EHLO", "command %q before STARTTLS", line)
				serverGot.WriteString(line + "\r\n")
			}
		}
		serverRec.onData = slp.Feed
		server.SetHandler(serverRec)

		client.Write([]byte("EHLO\r\nSTARTTLS\r\n"), nil)
		clp := &crlf.Lines{}
		clientUp := false
		clp.OnLine = func(line string) {
			switch {
			case clientUp:
				clientSecret.WriteString(line + "\r\n")
			case line == "220 go ahead":
				clientUp = true
				client.StartTLS(TLSUpgrade{Config: &tls.Config{RootCAs: testcert.Pool(ca), ServerName: "localhost"}, Pending: clp.Rest()},
					func(err error) { require.NoError(t, err) })
				client.Write([]byte("CMD1\r\n"), nil)
				client.Write([]byte("CMD2\r\nQUIT\r\n"), nil)
				client.CloseWrite(nil)
			default:
				clientClear.WriteString(line + "\r\n")
			}
		}
		clientRec.onData = clp.Feed
		client.SetHandler(clientRec)
	})
	run(t, l)
	assert.Equal(t, "EHLO\r\nCMD1\r\nCMD2\r\n", serverGot.String())
	assert.True(t, bytes.Equal(serverClear, clientClear.Bytes()), "clear text")
	assert.True(t, bytes.Equal(serverSecret, clientSecret.Bytes()), "encrypted text")
	assert.Equal(t, []string{"end", "close:false"}, clientRec.events)
	assert.Equal(t, []string{"end", "close:false"}, serverRec.events)
}

// signalConn is a Go peer's connection that closes written after its
// first Write has returned.
type signalConn struct {
	net.Conn
	written chan struct{}
}

func (s *signalConn) Write(p []byte) (int, error) {
	n, err := s.Conn.Write(p)
	if s.written != nil {
		close(s.written)
		s.written = nil
	}
	return n, err
}

func TestSTARTTLSTakesTheChunksReadAhead(t *testing.T) {
	// The peer sends a bulk of clear text and its ClientHello in one write;
	// the core reads only once the kernel holds all of it. Its reads go
	// 4 KiB (copied), then one readv of two 64 KiB arrays (read ahead, see
	// readMany): the clear text's last 64 KiB, and the ClientHello, which
	// waits in the connection. The handler starts TLS on the last clear
	// chunk with nothing pending of its own; the handshake must find the
	// ClientHello among the chunks read ahead.
	ca, leaf := testcert.Localhost(t)
	bulk := blob("bulk", 1<<20)[:smallChunk+maxChunk]
	l := newLoop(t)
	written := make(chan struct{})
	var clearGot bytes.Buffer
	var aheadAtUpgrade, secured bool
	var ln *Listener
	ln, err := Listen(l, ListenOptions{Host: "127.0.0.1"}, listenerFuncs{conn: func(c *Conn) {
		require.NoError(t, ln.Close())
		require.NoError(t, c.SetRecvBufferSize(1<<20))
		c.Pause()
		go func() {
			<-written
			l.Post(c.Resume)
		}()
		r := newRecorder(t, "core server")
		r.keep = false
		upgraded := false
		r.onData = func(b []byte) {
			if upgraded {
				if string(b) == "ping\r\n" {
					c.Write([]byte("pong\r\n"), nil)
					c.CloseWrite(nil)
				}
				return
			}
			clearGot.Write(b)
			if clearGot.Len() < len(bulk) {
				return
			}
			upgraded = true
			aheadAtUpgrade = c.aheadPending()
			c.StartTLS(TLSUpgrade{Config: &tls.Config{Certificates: []tls.Certificate{leaf.TLS()}}, Server: true},
				func(err error) {
					require.NoError(t, err)
					secured = true
				})
		}
		c.SetHandler(r)
	}})
	require.NoError(t, err)
	wait := goPeer(func() (net.Conn, error) { return net.Dial("tcp", ln.Addr().String()) }, func(conn net.Conn) error {
		s := &signalConn{Conn: conn, written: written}
		g := &gluedConn{Conn: s, prefix: bulk}
		tc := tls.Client(g, &tls.Config{RootCAs: testcert.Pool(ca), ServerName: "localhost"})
		return exchange(tc, "ping\r\n", "pong\r\n")
	})
	run(t, l)
	require.NoError(t, wait())
	assert.True(t, secured)
	assert.True(t, aheadAtUpgrade, "the ClientHello waited among the chunks read ahead")
	assert.Equal(t, bulk, clearGot.Bytes())
}

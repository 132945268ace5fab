package tlsconn

import (
	"testing"
	"time"

	"github.com/nodeshim/nodeshim/core/internal/tcptest"
	"github.com/nodeshim/nodeshim/core/internal/testcert"
	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/core/tcp"
	"github.com/stretchr/testify/require"
	"go.uber.org/goleak"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// serverFuncs adapts a function to tcp.ListenerHandler.
type serverFuncs func(c *tcp.Conn)

func (f serverFuncs) OnConnection(c *tcp.Conn) { f(c) }
func (serverFuncs) OnError(error)              {}

// result is what a handshake between two contexts gave.
type result struct {
	client, server       *Conn
	clientErr, serverErr error
	clientReadErr        error // an error the client read after its handshake
}

// handshake connects a client with cctx/co to a server with sctx/so, both
// on one loop, and returns once both ends are done and closed. The client
// dials "localhost" unless co.Host says otherwise. then, if set, runs once
// both handshakes succeeded.
func handshake(t *testing.T, sctx, cctx *Context, so, co ConnOptions, then func(r *result)) *result {
	t.Helper()
	l, err := loop.New()
	require.NoError(t, err)
	defer l.Close()
	r := &result{}
	doneCount := 0
	finish := func() {
		doneCount++
		if doneCount < 2 {
			return
		}
		if r.clientErr == nil && r.serverErr == nil && then != nil {
			then(r)
			return
		}
		// Let an alert that follows a handshake reach the client, then close.
		l.NewTimer(20*time.Millisecond, func() {
			r.client.Destroy()
			r.server.Destroy()
		})
	}
	var ln *tcp.Listener
	ln, err = tcp.Listen(l, tcp.ListenOptions{Host: "127.0.0.1"}, serverFuncs(func(c *tcp.Conn) {
		require.NoError(t, ln.Close())
		so.Server = true
		if so.HandshakeTimeout == 0 {
			so.HandshakeTimeout = 5 * time.Second
		}
		r.server = Start(c, sctx, so, func(err error) {
			r.serverErr = err
			finish()
		})
	}))
	require.NoError(t, err)
	host := co.Host
	if host == "" {
		host = "localhost"
	}
	r.client = Dial(l, tcp.DialOptions{Host: host, Port: ln.Addr().Port(), Family: 4}, cctx, co, func(err error) {
		r.clientErr = err
		finish()
	})
	r.client.SetHandler(tcptest.Handler{Err: func(err error) { r.clientReadErr = err }})
	stop := l.NewTimer(20*time.Second, l.Stop)
	stop.Unref()
	require.NoError(t, l.Run())
	require.Equal(t, 2, doneCount, "both handshakes ended")
	return r
}

// closeBoth is a then for handshake that just closes both ends.
func closeBoth(r *result) {
	r.client.Destroy()
	r.server.Destroy()
}

func newContext(t *testing.T, o ContextOptions) *Context {
	t.Helper()
	ctx, err := NewContext(o)
	require.NoError(t, err)
	return ctx
}

// serverContext serves leaf with the chain given.
func serverContext(t *testing.T, leaf *testcert.Cert, chain ...*testcert.Cert) *Context {
	cert := leaf.CertPEM
	for _, c := range chain {
		cert += c.CertPEM
	}
	return newContext(t, ContextOptions{Cert: []string{cert}, Key: []string{leaf.KeyPEM}})
}

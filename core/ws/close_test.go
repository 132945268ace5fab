package ws

import (
	"errors"
	"fmt"
	"net"
	"strings"
	"testing"
	"time"

	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/nodeshim/nodeshim/core/tcp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCloseHandshake closes from either end with various codes and
// reasons: the other end sees them, the initiator sees its own echoed, and
// both call it clean.
func TestCloseHandshake(t *testing.T) {
	for _, tc := range []struct {
		fromServer bool
		code       int
		reason     string
		want       int
	}{
		{false, 0, "", CloseNoStatus},
		{true, 0, "", CloseNoStatus},
		{false, CloseNormal, "", CloseNormal},
		{true, CloseGoingAway, "restarting", CloseGoingAway},
		{false, 3000, "registered", 3000},
		{true, 4999, strings.Repeat("r", MaxCloseReason), 4999},
		{false, CloseInternalError, "éé", CloseInternalError},
	} {
		t.Run(fmt.Sprintf("server=%v/%d", tc.fromServer, tc.code), func(t *testing.T) {
			l := newLoop(t)
			srv := newRecorder(t, "server")
			var s *Conn
			url := serve(t, l, AcceptOptions{}, 1, func(c *Conn) { s = c; c.SetHandler(srv) })
			c, cli := dial(t, l, url, DialOptions{})
			initiator, peer := cli, srv
			if tc.fromServer {
				initiator, peer = srv, cli
			}
			initiator.onOpen = func() {
				conn := c
				if tc.fromServer {
					conn = s
				}
				require.NoError(t, conn.Close(tc.code, tc.reason))
				require.NoError(t, conn.Close(CloseNormal, "again"), "a second Close does nothing")
			}
			run(t, l)
			assert.Equal(t, &closeInfo{tc.want, tc.reason, true}, peer.closed)
			assert.Equal(t, &closeInfo{tc.want, tc.reason, true}, initiator.closed)
			assert.Empty(t, cli.errs)
			assert.Empty(t, srv.errs)
		})
	}
}

// TestCloseArguments checks Close's RFC rules and the WHATWG helpers.
func TestCloseArguments(t *testing.T) {
	long := strings.Repeat("x", MaxCloseReason+1)
	for _, tc := range []struct {
		code           int
		reason         string
		wire, whatwg   error
		userCode       int
		userCodeReason string
	}{
		{0, "", nil, nil, 0, ""},
		{CloseNormal, "", nil, nil, CloseNormal, ""},
		{0, "why", ErrCloseReasonWithoutCode, nil, CloseNormal, "why"},
		{CloseGoingAway, "", nil, ErrCloseCode, 0, ""},
		{CloseNoStatus, "", ErrCloseCode, ErrCloseCode, 0, ""},
		{CloseAbnormal, "", ErrCloseCode, ErrCloseCode, 0, ""},
		{1015, "", ErrCloseCode, ErrCloseCode, 0, ""},
		{2999, "", ErrCloseCode, ErrCloseCode, 0, ""},
		{3000, "", nil, nil, 3000, ""},
		{4999, "", nil, nil, 4999, ""},
		{5000, "", ErrCloseCode, ErrCloseCode, 0, ""},
		{CloseNormal, long, ErrCloseReason, ErrCloseReason, 0, ""},
		{CloseNormal, strings.Repeat("é", 61) + "x", nil, nil, CloseNormal, ""},
		{CloseNormal, strings.Repeat("é", 62), ErrCloseReason, ErrCloseReason, 0, ""},
		{CloseNormal, "\xff", ErrCloseReason, ErrCloseReason, 0, ""},
	} {
		name := fmt.Sprintf("%d/%d", tc.code, len(tc.reason))
		assert.Equal(t, tc.wire, checkClose(tc.code, tc.reason), name)
		assert.Equal(t, tc.whatwg, CheckUserClose(tc.code, tc.reason), name)
		if tc.whatwg == nil {
			code := UserCloseCode(tc.code, tc.reason)
			assert.Equal(t, tc.userCode, code, name)
			assert.NoError(t, checkClose(code, tc.reason), "%s: Close takes what the helpers allow", name)
		}
	}
}

// TestAbnormalClose ends connections without the closing handshake: a
// peer that vanishes (FIN, or RST) leaves the other end with CloseAbnormal
// and wasClean false.
func TestAbnormalClose(t *testing.T) {
	for _, reset := range []bool{false, true} {
		t.Run(fmt.Sprintf("reset=%v", reset), func(t *testing.T) {
			l := newLoop(t)
			srv := newRecorder(t, "server")
			url := serve(t, l, AcceptOptions{}, 1, func(c *Conn) {
				srv.onMessage = func(message) {
					if reset {
						c.TCP().Reset()
					} else {
						c.Destroy()
					}
				}
				c.SetHandler(srv)
			})
			c, cli := dial(t, l, url, DialOptions{})
			cli.onOpen = func() { c.SendText("go away", nil) }
			run(t, l)
			assert.Equal(t, &closeInfo{CloseAbnormal, "", false}, srv.closed)
			assert.Equal(t, &closeInfo{CloseAbnormal, "", false}, cli.closed)
			assert.Empty(t, srv.errs)
			if reset {
				require.Len(t, cli.errs, 1)
				var se *sockerr.Error
				require.ErrorAs(t, cli.errs[0], &se)
				assert.Equal(t, "ECONNRESET", se.Code)
				assert.Equal(t, []string{"open", "error", "close:1006"}, cli.events)
			} else {
				assert.Empty(t, cli.errs)
				assert.Equal(t, []string{"open", "close:1006"}, cli.events)
			}
		})
	}
}

// TestCloseBeforeOpen aborts a client still connecting: error, then
// close 1006, as the WHATWG API fires them.
func TestCloseBeforeOpen(t *testing.T) {
	l := newLoop(t)
	ln, err := tcp.Listen(l, tcp.ListenOptions{Host: "127.0.0.1"}, listenerFuncs(func(c *tcp.Conn) {}))
	require.NoError(t, err)
	c, cli := dial(t, l, fmt.Sprintf("ws://127.0.0.1:%d/", ln.Addr().Port()), DialOptions{})
	require.NoError(t, c.Close(CloseNormal, ""))
	assert.Equal(t, Closing, c.State())
	assert.Empty(t, cli.events, "no event inside Close")
	cli.onClose = func(closeInfo) { require.NoError(t, ln.Close()) }
	run(t, l)
	assert.Equal(t, []string{"error", "close:1006"}, cli.events)
	assert.Equal(t, []error{ErrClosedBeforeOpen}, cli.errs)
	assert.False(t, cli.closed.wasClean)
}

// TestCloseTimeout closes towards a peer that does not answer (it is
// paused): after CloseTimeout the client gives up, abnormally.
func TestCloseTimeout(t *testing.T) {
	l := newLoop(t)
	var s *Conn
	srv := newRecorder(t, "server")
	url := serve(t, l, AcceptOptions{}, 1, func(c *Conn) {
		s = c
		srv.onOpen = c.Pause
		c.SetHandler(srv)
	})
	c, cli := dial(t, l, url, DialOptions{Options: Options{CloseTimeout: 50 * time.Millisecond}})
	start := time.Now()
	cli.onOpen = func() { require.NoError(t, c.Close(CloseNormal, "")) }
	cli.onClose = func(closeInfo) { s.Destroy() }
	run(t, l)
	assert.GreaterOrEqual(t, time.Since(start), 50*time.Millisecond)
	assert.Equal(t, &closeInfo{CloseAbnormal, "", false}, cli.closed)
	assert.Empty(t, cli.errs)
}

// TestSendWhenNotOpen fails sends before open and after Close, from a
// later task, without counting them.
func TestSendWhenNotOpen(t *testing.T) {
	l := newLoop(t)
	url, _ := echoServer(t, l, AcceptOptions{})
	c, cli := dial(t, l, url, DialOptions{})
	var errs []error
	collect := func(err error) { errs = append(errs, err) }
	assert.Equal(t, 0, c.SendText("early", collect))
	cli.onOpen = func() {
		require.NoError(t, c.Close(CloseNormal, ""))
		assert.Equal(t, 0, c.SendBinary([]byte("late"), collect))
		assert.Len(t, errs, 1, "the late send's failure comes from a later task")
	}
	run(t, l)
	require.Len(t, errs, 2)
	for _, err := range errs {
		assert.True(t, errors.Is(err, ErrNotOpen))
	}
	assert.Empty(t, cli.msgs)
}

// TestDialRefused reports a refused connection as the WHATWG API does:
// error (with Node's code), then close 1006.
func TestDialRefused(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	require.NoError(t, err)
	url := "ws://" + ln.Addr().String() + "/"
	require.NoError(t, ln.Close())
	l := newLoop(t)
	_, cli := dial(t, l, url, DialOptions{})
	run(t, l)
	assert.Equal(t, []string{"error", "close:1006"}, cli.events)
	var se *sockerr.Error
	require.ErrorAs(t, cli.errs[0], &se)
	assert.Equal(t, "ECONNREFUSED", se.Code)
	assert.False(t, cli.closed.wasClean)
}

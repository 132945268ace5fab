package tcp

import (
	"bytes"
	"context"
	"net/netip"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestEchoRoundTrip(t *testing.T) {
	cases := []struct {
		name   string
		listen ListenOptions
		dial   DialOptions
		family string
	}{
		{"ipv4", ListenOptions{Host: "127.0.0.1"}, DialOptions{Host: "127.0.0.1"}, "IPv4"},
		{"ipv6", ListenOptions{Host: "::1"}, DialOptions{Host: "::1"}, "IPv6"},
		{"host name", ListenOptions{Host: "127.0.0.1"}, DialOptions{Host: "localhost", Family: 4}, "IPv4"},
		{"unix", ListenOptions{Path: "sock"}, DialOptions{Path: "sock"}, ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l := newLoop(t)
			if tc.listen.Path != "" {
				tc.listen.Path = filepath.Join(t.TempDir(), tc.listen.Path)
				tc.dial.Path = tc.listen.Path
			}
			var server *Conn
			ln, err := Listen(l, tc.listen, listenerFuncs{conn: func(c *Conn) {
				server = c
				r := newRecorder(t, "server")
				r.onData = func(b []byte) { c.Write(b, nil) }
				r.onEnd = func() {
					c.LocalAddr() // read while open, so that it stays readable
					c.CloseWrite(nil)
				}
				c.SetHandler(r)
			}})
			require.NoError(t, err)
			tc.dial.Port = ln.Addr().Port()

			sent := bytes.Repeat([]byte("hello, world "), 1000)
			client := newRecorder(t, "client")
			var connectErr error
			connected := false
			c := Dial(l, tc.dial, func(err error) {
				connected, connectErr = true, err
			})
			c.SetHandler(client)
			assert.True(t, c.Connecting())
			writesDone := 0
			for i := 0; i < len(sent); i += 1000 {
				c.Write(sent[i:i+1000], func(err error) {
					assert.NoError(t, err)
					writesDone++
				})
			}
			c.CloseWrite(nil)
			client.onClose = func(bool) { require.NoError(t, ln.Close()) }
			client.onEnd = func() { c.LocalAddr() }
			run(t, l)

			require.True(t, connected)
			require.NoError(t, connectErr)
			assert.Equal(t, sent, client.data)
			assert.Equal(t, len(sent)/1000, writesDone)
			assert.Equal(t, []string{"end", "close:false"}, client.events)
			assert.Equal(t, int64(len(sent)), c.BytesWritten())
			assert.Equal(t, int64(len(sent)), c.BytesRead())
			assert.Equal(t, int64(len(sent)), server.BytesRead())
			assert.Equal(t, tc.family, c.RemoteAddr().Family())
			assert.Equal(t, tc.family, c.LocalAddr().Family())
			assert.Equal(t, ln.Addr().Port(), c.RemoteAddr().Port())
			assert.Equal(t, c.LocalAddr(), server.RemoteAddr())
			assert.Equal(t, c.RemoteAddr(), server.LocalAddr())
			assert.Equal(t, 0, ln.ConnectionCount())
			assert.True(t, c.Closed())
		})
	}
}

func TestHalfCloseInBothDirections(t *testing.T) {
	for _, clientEndsFirst := range []bool{true, false} {
		name := "server ends first"
		if clientEndsFirst {
			name = "client ends first"
		}
		t.Run(name, func(t *testing.T) {
			l := newLoop(t)
			// first ends its side and sends "bye"; second answers after seeing
			// the end, proving the half-open direction still carries data.
			first, second := newRecorder(t, "first"), newRecorder(t, "second")
			var firstConn, secondConn *Conn
			setup := func(c *Conn, isClient bool) {
				if isClient == clientEndsFirst {
					firstConn = c
					c.SetHandler(first)
					c.Write([]byte("bye"), nil)
					c.CloseWrite(nil)
					return
				}
				secondConn = c
				c.SetHandler(second)
				second.onEnd = func() {
					assert.Equal(t, "bye", string(second.data))
					c.Write([]byte("answer after your end"), nil)
					c.CloseWrite(nil)
				}
			}
			var ln *Listener
			ln, err := Listen(l, ListenOptions{Host: "127.0.0.1"}, listenerFuncs{conn: func(c *Conn) {
				setup(c, false)
				require.NoError(t, ln.Close())
			}})
			require.NoError(t, err)
			c := Dial(l, DialOptions{Host: "127.0.0.1", Port: ln.Addr().Port()}, func(err error) { require.NoError(t, err) })
			setup(c, true)
			run(t, l)

			assert.Equal(t, "answer after your end", string(first.data))
			assert.Equal(t, []string{"end", "close:false"}, first.events)
			assert.Equal(t, []string{"end", "close:false"}, second.events)
			assert.True(t, firstConn.Closed())
			assert.True(t, secondConn.Closed())
		})
	}
}

// freePort returns a TCP port on host that nothing listens on.
func freePort(t *testing.T, host string) int {
	l := newLoop(t)
	ln, err := Listen(l, ListenOptions{Host: host}, listenerFuncs{})
	require.NoError(t, err)
	port := ln.Addr().Port()
	require.NoError(t, ln.Close())
	return port
}

// stuckAddr returns an address whose connects neither succeed nor fail: a
// listener with a full backlog that never accepts, whose kernel drops
// further SYNs. The listener's fd stays open until the test ends.
func stuckAddr(t *testing.T, host string) netip.AddrPort {
	l := newLoop(t)
	ln, err := Listen(l, ListenOptions{Host: host, Backlog: 1}, listenerFuncs{})
	require.NoError(t, err)
	ln.Pause()
	ln.Unref()
	t.Cleanup(func() { ln.Close() })
	// Fill the accept queue with connections that complete; the last dial
	// times out once the queue is full.
	filled := 0
	for range 3 {
		var c *Conn
		c = Dial(l, DialOptions{Host: host, Port: ln.Addr().Port(), Timeout: 200 * time.Millisecond}, func(err error) {
			if err == nil {
				filled++
				c.Unref()
			}
		})
		t.Cleanup(c.Destroy)
	}
	run(t, l)
	require.Positive(t, filled)
	return ln.Addr().AddrPort
}

func TestConnectFailures(t *testing.T) {
	refusedPort := freePort(t, "127.0.0.1")
	notFound := func(ctx context.Context, host string, family int) ([]netip.Addr, error) {
		return nil, nil
	}
	cases := []struct {
		name    string
		opts    DialOptions
		code    string
		errno   int
		syscall string
		message string
	}{
		{"refused", DialOptions{Host: "127.0.0.1", Port: refusedPort}, "ECONNREFUSED", -111, "connect",
			"connect ECONNREFUSED 127.0.0.1:" + itoa(refusedPort)},
		{"not found", DialOptions{Host: "nowhere.invalid", Port: 80, Resolve: notFound}, "ENOTFOUND", -3008, "getaddrinfo",
			"getaddrinfo ENOTFOUND nowhere.invalid"},
		{"no unix socket", DialOptions{Path: filepath.Join(t.TempDir(), "none")}, "ENOENT", -2, "connect", ""},
		{"bad local address", DialOptions{Host: "127.0.0.1", Port: refusedPort, LocalAddress: "10.9.8.7"}, "EADDRNOTAVAIL", -99, "bind", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l := newLoop(t)
			r := newRecorder(t, "client")
			calls := 0
			var got error
			c := Dial(l, tc.opts, func(err error) {
				calls++
				got = err
				assert.Empty(t, r.events, "connect callback after other events")
			})
			c.SetHandler(r)
			run(t, l)
			require.Equal(t, 1, calls)
			var se *sockerr.Error
			require.ErrorAs(t, got, &se)
			assert.Equal(t, tc.code, se.Code)
			assert.Equal(t, tc.errno, se.Errno)
			assert.Equal(t, tc.syscall, se.Syscall)
			if tc.message != "" {
				assert.Equal(t, tc.message, se.Error())
			}
			assert.Equal(t, []string{"close:true"}, r.events, "OnError is not called for a failed connect")
		})
	}
}

func TestConnectTimeout(t *testing.T) {
	stuck := stuckAddr(t, "127.0.0.1")
	l := newLoop(t)
	start := time.Now()
	var got error
	r := newRecorder(t, "client")
	c := Dial(l, DialOptions{Host: "127.0.0.1", Port: int(stuck.Port()), Timeout: 100 * time.Millisecond}, func(err error) { got = err })
	c.SetHandler(r)
	run(t, l)
	var se *sockerr.Error
	require.ErrorAs(t, got, &se)
	assert.Equal(t, "ETIMEDOUT", se.Code)
	assert.Equal(t, "connect ETIMEDOUT 127.0.0.1:"+itoa(int(stuck.Port())), se.Error())
	assert.Less(t, time.Since(start), 2*time.Second)
	assert.Equal(t, []string{"close:true"}, r.events)
}

func TestDialFallsBackAcrossAddresses(t *testing.T) {
	l := newLoop(t)
	ln := echo(t, l, ListenOptions{Host: "127.0.0.1"}, 1)
	port := ln.Addr().Port()
	stuck := stuckAddr(t, "::1")
	resolveTo := func(addrs ...string) func(context.Context, string, int) ([]netip.Addr, error) {
		return func(context.Context, string, int) ([]netip.Addr, error) {
			var out []netip.Addr
			for _, a := range addrs {
				out = append(out, netip.MustParseAddr(a))
			}
			return out, nil
		}
	}
	// ::1 refuses at once, then 127.0.0.1 answers.
	var looked []netip.Addr
	refusedFirst := Dial(l, DialOptions{Host: "both", Port: port, Resolve: resolveTo("::1", "127.0.0.1"),
		OnLookup: func(a []netip.Addr) { looked = a }}, func(err error) { assert.NoError(t, err) })
	refusedFirst.CloseWrite(nil)
	run(t, l)
	assert.Equal(t, "127.0.0.1", refusedFirst.RemoteAddr().Address())
	assert.Len(t, looked, 2)

	// Forcing IPv6 leaves only ::1, which refuses.
	var forcedErr error
	Dial(l, DialOptions{Host: "both", Port: port, Family: 6, Resolve: resolveTo("::1", "127.0.0.1")},
		func(err error) { forcedErr = err })
	run(t, l)
	assert.ErrorContains(t, forcedErr, "ECONNREFUSED")

	// A silent first address is abandoned after the attempt timeout and the
	// next one is tried (127.0.0.1 on the stuck port, which refuses).
	start := time.Now()
	var slowErr error
	slow := Dial(l, DialOptions{Host: "both", Port: int(stuck.Port()), AttemptTimeout: 50 * time.Millisecond,
		Resolve: resolveTo("::1", "127.0.0.1")}, func(err error) { slowErr = err })
	run(t, l)
	require.Error(t, slowErr)
	assert.Less(t, time.Since(start), 2*time.Second)
	assert.Equal(t, "127.0.0.1", slow.RemoteAddr().Address(), "the second address was tried after the first timed out")
}

func TestWriteBeforeConnectAndOptionsWhileConnecting(t *testing.T) {
	l := newLoop(t)
	var server *Conn
	got := newRecorder(t, "server")
	var ln *Listener
	ln, err := Listen(l, ListenOptions{Host: "::1"}, listenerFuncs{conn: func(c *Conn) {
		server = c
		c.SetHandler(got)
		got.onEnd = func() { c.CloseWrite(nil) }
		require.NoError(t, ln.Close())
	}})
	require.NoError(t, err)
	c := Dial(l, DialOptions{Host: "::1", Port: ln.Addr().Port()}, func(err error) { require.NoError(t, err) })
	require.NoError(t, c.SetNoDelay(true))
	require.NoError(t, c.SetKeepAlive(true, 42*time.Second))
	require.NoError(t, c.SetUserTimeout(3*time.Second))
	assert.True(t, c.NoDelay(), "the value set while connecting is reported")
	assert.Equal(t, 5, c.Write([]byte("early"), nil), "queued until connected")
	c.CloseWrite(nil)
	checked := false
	c.SetHandler(&recorder{t: t, name: "client", onEnd: func() {
		checked = true
		assert.True(t, c.NoDelay())
		on, delay := c.KeepAlive()
		assert.True(t, on)
		assert.Equal(t, 42*time.Second, delay)
		assert.Equal(t, 3*time.Second, c.UserTimeout())
		assert.False(t, server.NoDelay(), "accepted connections keep Nagle on, as Node's")
		on, _ = server.KeepAlive()
		assert.False(t, on, "and keep-alive off")
	}})
	run(t, l)
	assert.True(t, checked)
	assert.Equal(t, "early", string(got.data))
}

func TestOptionSetters(t *testing.T) {
	l := newLoop(t)
	ln := echo(t, l, ListenOptions{Host: "127.0.0.1"}, 1)
	checked := false
	var c *Conn
	c = Dial(l, DialOptions{Host: "127.0.0.1", Port: ln.Addr().Port()}, func(err error) {
		require.NoError(t, err)
		checked = true
		assert.False(t, c.NoDelay())
		require.NoError(t, c.SetNoDelay(true))
		assert.True(t, c.NoDelay())
		require.NoError(t, c.SetNoDelay(false))
		assert.False(t, c.NoDelay())
		on, _ := c.KeepAlive()
		assert.False(t, on)
		require.NoError(t, c.SetKeepAlive(true, 0))
		on, _ = c.KeepAlive()
		assert.True(t, on)
		require.NoError(t, c.SetKeepAlive(false, 0))
		on, _ = c.KeepAlive()
		assert.False(t, on)
		require.NoError(t, c.SetSendBufferSize(64<<10))
		assert.GreaterOrEqual(t, c.SendBufferSize(), 64<<10)
		require.NoError(t, c.SetRecvBufferSize(64<<10))
		assert.GreaterOrEqual(t, c.RecvBufferSize(), 64<<10)
		c.Destroy()
		assert.ErrorContains(t, c.SetNoDelay(true), "EBADF")
	})
	run(t, l)
	assert.True(t, checked)
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestCloseWriteInOnConnectCompletesLater checks that an end asked for in
// the connect callback is reported from a later task, as one asked for at
// any other time is, and not from the task that connected (which Node's
// order of 'prefinish' after the ticks of the 'connect' listener needs).
func TestCloseWriteInOnConnectCompletesLater(t *testing.T) {
	l := newLoop(t)
	ln := echo(t, l, ListenOptions{Host: "127.0.0.1"}, 1)
	var c *Conn
	var connectTask, doneTask uint64
	c = Dial(l, DialOptions{Host: "127.0.0.1", Port: ln.Addr().Port()}, func(err error) {
		require.NoError(t, err)
		connectTask = l.Task()
		c.CloseWrite(func(err error) {
			assert.NoError(t, err)
			doneTask = l.Task()
		})
	})
	run(t, l)
	require.NotZero(t, doneTask, "the end was reported")
	assert.NotEqual(t, connectTask, doneTask)
}

package tcp

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"golang.org/x/sys/unix"
)

func TestListenErrors(t *testing.T) {
	l := newLoop(t)
	taken, err := Listen(l, ListenOptions{Host: "127.0.0.1"}, listenerFuncs{})
	require.NoError(t, err)
	defer taken.Close()
	path := filepath.Join(t.TempDir(), "sock")
	takenPath, err := Listen(l, ListenOptions{Path: path}, listenerFuncs{})
	require.NoError(t, err)
	defer takenPath.Close()
	port := taken.Addr().Port()

	cases := []struct {
		name    string
		opts    ListenOptions
		code    string
		message string
	}{
		{"port in use", ListenOptions{Host: "127.0.0.1", Port: port}, "EADDRINUSE",
			"listen EADDRINUSE: address already in use 127.0.0.1:" + itoa(port)},
		{"path in use", ListenOptions{Path: path}, "EADDRINUSE",
			"listen EADDRINUSE: address already in use " + path},
		{"address not local", ListenOptions{Host: "10.9.8.7"}, "EADDRNOTAVAIL", ""},
		{"not an IP", ListenOptions{Host: "localhost"}, "EINVAL", ""},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			ln, err := Listen(l, tc.opts, listenerFuncs{})
			require.Nil(t, ln)
			var se *sockerr.Error
			require.ErrorAs(t, err, &se)
			assert.Equal(t, tc.code, se.Code)
			assert.Equal(t, "listen", se.Syscall)
			if tc.message != "" {
				assert.Equal(t, tc.message, se.Error())
			}
		})
	}
}

func TestListenSocketOptions(t *testing.T) {
	l := newLoop(t)
	first, err := Listen(l, ListenOptions{Host: "127.0.0.1", ReusePort: true}, listenerFuncs{})
	require.NoError(t, err)
	defer first.Close()
	second, err := Listen(l, ListenOptions{Host: "127.0.0.1", Port: first.Addr().Port(), ReusePort: true}, listenerFuncs{})
	require.NoError(t, err, "SO_REUSEPORT lets two listeners share a port")
	defer second.Close()

	dual, err := Listen(l, ListenOptions{}, listenerFuncs{})
	require.NoError(t, err)
	defer dual.Close()
	assert.Equal(t, "::", dual.Addr().Address())
	assert.Equal(t, "IPv6", dual.Addr().Family())

	v6only, err := Listen(l, ListenOptions{Host: "::", IPv6Only: true}, listenerFuncs{})
	require.NoError(t, err)
	defer v6only.Close()
	v4, err := Listen(l, ListenOptions{Host: "0.0.0.0", Port: v6only.Addr().Port()}, listenerFuncs{})
	require.NoError(t, err, "an IPv6-only listener leaves the IPv4 port free")
	defer v4.Close()
}

func TestDualStackListenerAcceptsIPv4(t *testing.T) {
	l := newLoop(t)
	var remote Addr
	var ln *Listener
	ln, err := Listen(l, ListenOptions{NoDelay: true}, listenerFuncs{conn: func(c *Conn) {
		remote = c.RemoteAddr()
		assert.True(t, c.NoDelay(), "the listener's NoDelay applies to accepted connections")
		c.Destroy()
		require.NoError(t, ln.Close())
	}})
	require.NoError(t, err)
	var c *Conn
	c = Dial(l, DialOptions{Host: "127.0.0.1", Port: ln.Addr().Port()}, func(error) { c.Destroy() })
	run(t, l)
	assert.Equal(t, "::ffff:127.0.0.1", remote.Address())
	assert.Equal(t, "IPv6", remote.Family(), "as Node reports an IPv4-mapped peer")
}

func TestListenerPauseResumeAndCount(t *testing.T) {
	l := newLoop(t)
	var accepted []*Conn
	var ln *Listener
	ln, err := Listen(l, ListenOptions{Host: "127.0.0.1"}, listenerFuncs{conn: func(c *Conn) {
		accepted = append(accepted, c)
		c.SetHandler(newRecorder(t, "server"))
	}})
	require.NoError(t, err)
	ln.Pause()
	clients := make([]*Conn, 3)
	for i := range clients {
		clients[i] = Dial(l, DialOptions{Host: "127.0.0.1", Port: ln.Addr().Port()}, func(err error) { require.NoError(t, err) })
	}
	l.NewTimer(50*time.Millisecond, func() {
		assert.Empty(t, accepted, "a paused listener accepts nothing")
		ln.Resume()
		l.NewTimer(50*time.Millisecond, func() {
			require.Len(t, accepted, 3)
			assert.Equal(t, 3, ln.ConnectionCount())
			require.NoError(t, ln.Close())
			require.NoError(t, ln.Close(), "closing twice is harmless")
			// Accepted connections outlive the listener.
			echoed := newRecorder(t, "client")
			clients[0].SetHandler(echoed)
			accepted[0].SetHandler(&recorder{t: t, name: "server", onData: func(b []byte) {
				accepted[0].Write(b, nil)
				accepted[0].CloseWrite(nil)
			}})
			clients[0].Write([]byte("still here"), nil)
			echoed.onEnd = func() {
				assert.Equal(t, "still here", string(echoed.data))
				accepted[1].Destroy()
				l.NewTimer(10*time.Millisecond, func() {
					assert.Equal(t, 2, ln.ConnectionCount(), "one of three closed")
					for _, c := range append(clients, accepted...) {
						c.Destroy()
					}
				})
			}
		})
	})
	run(t, l)
	assert.Zero(t, ln.ConnectionCount())
}

func TestUnixListenerRemovesItsFile(t *testing.T) {
	l := newLoop(t)
	path := filepath.Join(t.TempDir(), "s")
	ln, err := Listen(l, ListenOptions{Path: path}, listenerFuncs{})
	require.NoError(t, err)
	assert.Equal(t, path, ln.Addr().Address())
	assert.Equal(t, "", ln.Addr().Family())
	_, err = os.Stat(path)
	require.NoError(t, err)
	require.NoError(t, ln.Close())
	_, err = os.Stat(path)
	assert.True(t, os.IsNotExist(err))
}

func TestUnrefdHandlesLetTheLoopEnd(t *testing.T) {
	l := newLoop(t)
	var server *Conn
	var ln *Listener
	ln, err := Listen(l, ListenOptions{Host: "127.0.0.1"}, listenerFuncs{conn: func(c *Conn) {
		server = c
		c.Unref()
	}})
	require.NoError(t, err)
	ln.Unref()
	assert.False(t, ln.HasRef())
	var client *Conn
	client = Dial(l, DialOptions{Host: "127.0.0.1", Port: ln.Addr().Port()}, func(err error) {
		require.NoError(t, err)
		client.Unref()
	})
	run(t, l) // returns although all three handles are open
	require.NotNil(t, server)
	assert.False(t, client.Closed())
	assert.False(t, server.Closed())
	client.Ref()
	assert.True(t, client.HasRef())
	client.Destroy()
	server.Destroy()
	require.NoError(t, ln.Close())
	run(t, l)
}

func TestCallbacksNeverRunInsideMethodCalls(t *testing.T) {
	l := newLoop(t)
	inCall := false
	r := newRecorder(t, "client")
	r.onData = func([]byte) { assert.False(t, inCall) }
	r.onClose = func(bool) { assert.False(t, inCall) }
	pair(t, l, "127.0.0.1", func(client, server *Conn) {
		client.SetHandler(r)
		server.Write([]byte("x"), nil)
		server.Destroy()
		inCall = true
		client.Pause()
		client.Resume()
		client.CloseWrite(func(error) { assert.False(t, inCall) })
		client.Write([]byte("late"), func(error) { assert.False(t, inCall) })
		client.Destroy()
		inCall = false
	})
	run(t, l)
	assert.Equal(t, []string{"close:false"}, r.events)
}

func TestListenerSurvivesRunningOutOfDescriptors(t *testing.T) {
	l := newLoop(t)
	var accepted []*Conn
	var errs []error
	var ln *Listener
	ln, err := Listen(l, ListenOptions{Host: "127.0.0.1"}, listenerFuncs{
		conn: func(c *Conn) { accepted = append(accepted, c) },
		err:  func(err error) { errs = append(errs, err) },
	})
	require.NoError(t, err)
	// Two clients connect while the process may open no more descriptors
	// than it has, so accept fails with EMFILE.
	clients := []*Conn{
		Dial(l, DialOptions{Host: "127.0.0.1", Port: ln.Addr().Port()}, func(err error) { require.NoError(t, err) }),
		Dial(l, DialOptions{Host: "127.0.0.1", Port: ln.Addr().Port()}, func(err error) { require.NoError(t, err) }),
	}
	var lim unix.Rlimit
	require.NoError(t, unix.Getrlimit(unix.RLIMIT_NOFILE, &lim))
	restore := func() { require.NoError(t, unix.Setrlimit(unix.RLIMIT_NOFILE, &lim)) }
	l.NewTimer(20*time.Millisecond, func() { // both clients are connected and queued
		tight := lim
		tight.Cur = uint64(openDescriptors(t))
		require.NoError(t, unix.Setrlimit(unix.RLIMIT_NOFILE, &tight))
		ln.Resume()
		l.NewTimer(50*time.Millisecond, func() {
			restore()
			l.NewTimer(3*acceptBackoff, func() {
				assert.Len(t, accepted, 2, "accepting resumed after the back-off")
				for _, c := range append(accepted, clients...) {
					c.Destroy()
				}
				require.NoError(t, ln.Close())
			})
		})
	})
	ln.Pause()
	defer restore()
	run(t, l)
	require.NotEmpty(t, errs)
	var se *sockerr.Error
	require.ErrorAs(t, errs[0], &se)
	assert.Equal(t, "EMFILE", se.Code)
	assert.Equal(t, "accept", se.Syscall)
	assert.Len(t, errs, 1, "the listener backs off instead of spinning on the error")
}

// openDescriptors counts the process's open file descriptors.
func openDescriptors(t *testing.T) int {
	entries, err := os.ReadDir("/proc/self/fd")
	require.NoError(t, err)
	return len(entries) - 1 // the directory being read
}

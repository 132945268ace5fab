package tcp

import (
	"testing"
	"time"

	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// quietRecorder is a recorder that is a CloseIgnorer.
type quietRecorder struct{ *recorder }

func (quietRecorder) IgnoresClose() {}

func TestCloseIgnorerGetsOnCloseOnlyWithSomethingToReport(t *testing.T) {
	cases := []struct {
		name    string
		destroy func(c *Conn, wrote *int)
		events  []string
	}{
		{"clean destroy", func(c *Conn, _ *int) { c.Destroy() }, nil},
		{"destroy dropping a write", func(c *Conn, wrote *int) {
			// A write too large for the kernel to take at once stays
			// queued, and the close owes its callback an error.
			c.Write(make([]byte, 64<<20), func(err error) {
				assert.Error(t, err)
				*wrote++
			})
			c.Destroy()
		}, []string{"close:false"}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l := newLoop(t)
			r := newRecorder(t, "client")
			wrote := 0
			pair(t, l, "127.0.0.1", func(client, server *Conn) {
				client.SetHandler(quietRecorder{r})
				server.Destroy()
				tc.destroy(client, &wrote)
			})
			run(t, l)
			assert.Equal(t, tc.events, r.events)
			if tc.events != nil {
				require.Equal(t, 1, wrote)
			}
		})
	}
}

func TestAcceptedConnectionKnowsItsPeer(t *testing.T) {
	l := newLoop(t)
	var clientLocal, serverRemote Addr
	pair(t, l, "127.0.0.1", func(client, server *Conn) {
		clientLocal, serverRemote = client.LocalAddr(), server.RemoteAddr()
		client.Destroy()
		server.Destroy()
	})
	run(t, l)
	assert.Equal(t, "127.0.0.1", serverRemote.Address())
	assert.Equal(t, "IPv4", serverRemote.Family())
	assert.NotZero(t, serverRemote.Port())
	assert.Equal(t, clientLocal.Port(), serverRemote.Port())
}

func TestPromptDialReportsFromALaterTask(t *testing.T) {
	refusedPort := freePort(t, "127.0.0.1")
	cases := []struct {
		name string
		opts DialOptions
		code string
	}{
		{"refused", DialOptions{Host: "127.0.0.1", Port: refusedPort, Prompt: true}, "ECONNREFUSED"},
		{"bad local address", DialOptions{Host: "127.0.0.1", Port: refusedPort, LocalAddress: "10.9.8.7", Prompt: true},
			"EADDRNOTAVAIL"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l := newLoop(t)
			r := newRecorder(t, "client")
			var got error
			c := Dial(l, tc.opts, func(err error) { got = err })
			assert.True(t, c.Connecting(), "Dial returns a connecting Conn")
			assert.NoError(t, got, "no callback inside Dial")
			c.SetHandler(r)
			run(t, l)
			var se *sockerr.Error
			require.ErrorAs(t, got, &se)
			assert.Equal(t, tc.code, se.Code)
			assert.Equal(t, []string{"close:true"}, r.events)
		})
	}
}

func TestDialDestroyedInItsTaskNeverReachesTheNetwork(t *testing.T) {
	l := newLoop(t)
	accepted := 0
	ln, err := Listen(l, ListenOptions{Host: "127.0.0.1"}, listenerFuncs{conn: func(c *Conn) {
		accepted++
		c.Destroy()
	}})
	require.NoError(t, err)
	c := Dial(l, DialOptions{Host: "127.0.0.1", Port: ln.Addr().Port()}, func(error) {
		t.Error("connect callback of a destroyed connection")
	})
	c.Destroy()
	l.NewTimer(50*time.Millisecond, func() { require.NoError(t, ln.Close()) })
	run(t, l)
	assert.Zero(t, accepted)
}

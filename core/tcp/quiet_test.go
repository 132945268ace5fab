package tcp

import (
	"testing"

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

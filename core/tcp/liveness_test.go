package tcp

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAliveOnlyWhileBusy checks libuv's liveness rule on connections that
// ask for it: both ends paused with nothing to write let the loop finish
// although they are open; a write the kernel cannot take at once, or
// reading again, is work that keeps it alive. Without the option a paused
// open connection keeps the loop alive, as the W3C façade wants.
func TestAliveOnlyWhileBusy(t *testing.T) {
	l := newLoop(t)
	var client, server *Conn
	pair(t, l, "127.0.0.1", func(c, s *Conn) {
		client, server = c, s
		for _, conn := range []*Conn{c, s} {
			conn.SetHandler(newRecorder(t, "end"))
			conn.SetAliveOnlyWhileBusy(true)
			conn.Pause()
		}
	})
	run(t, l)
	require.NotNil(t, server, "the pair connected")
	assert.False(t, client.Closed())
	assert.False(t, server.Closed())
	assert.False(t, l.Alive(), "paused with nothing to write: idle")

	const total = 8 << 20 // more than loopback's socket buffers hold
	client.Write(make([]byte, total), nil)
	assert.True(t, l.Alive(), "a queued write keeps the loop alive")

	receiver := newRecorder(t, "receiver")
	receiver.keep = false
	receiver.onData = func([]byte) {
		if receiver.n == total {
			client.Destroy()
			server.Destroy()
		}
	}
	server.SetHandler(receiver)
	server.Resume()
	run(t, l)
	assert.Equal(t, total, receiver.n)

	l2 := newLoop(t)
	pair(t, l2, "127.0.0.1", func(c, s *Conn) {
		client, server = c, s
		c.Pause()
		s.Pause()
		l2.Stop()
	})
	run(t, l2)
	assert.True(t, l2.Alive(), "by default an open connection keeps the loop alive")
	client.Destroy()
	server.Destroy()
	run(t, l2)
}

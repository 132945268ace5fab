package tcp

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWriteBorrowedCopiesOnlyWhatItQueues writes one reused buffer over and
// over, changing it after each WriteBorrowed, to a receiver that is paused
// until the sender's queue holds megabytes: every byte must arrive as it was
// at its write, both the ones the kernel took at once and the queued ones.
func TestWriteBorrowedCopiesOnlyWhatItQueues(t *testing.T) {
	l := newLoop(t)
	buf := make([]byte, 16<<10)
	var want []byte
	receiver := newRecorder(t, "receiver")
	var inline int // writes the kernel took whole, without queueing
	pair(t, l, "127.0.0.1", func(client, server *Conn) {
		server.SetHandler(receiver)
		server.Pause()
		client.SetHandler(newRecorder(t, "sender"))
		for i := 0; client.Queued() < 4<<20; i++ {
			for j := range buf {
				buf[j] = byte(i + j)
			}
			want = append(want, buf...)
			if client.WriteBorrowed(buf, nil) == 0 {
				inline++
			}
			clear(buf)
		}
		require.Positive(t, inline, "some writes went out inline")
		// A write after the queue has formed, with a callback, while connected.
		done := false
		client.WriteBorrowed(buf[:1], func(err error) { done = err == nil })
		want = append(want, 0)
		buf[0] = 0xff
		receiver.onData = func([]byte) {
			if receiver.n == len(want) {
				assert.True(t, done, "the queued write's callback ran")
				client.Close()
				server.Close()
			}
		}
		server.Resume()
	})
	run(t, l)
	assert.True(t, bytes.Equal(want, receiver.data), "received %d bytes, want %d", len(receiver.data), len(want))
}

// TestWriteBorrowedWhileConnecting checks that a borrowed write made before
// the connection exists is copied: the caller changes its buffer at once.
func TestWriteBorrowedWhileConnecting(t *testing.T) {
	l := newLoop(t)
	got := newRecorder(t, "server")
	ln, err := Listen(l, ListenOptions{Host: "127.0.0.1"}, listenerFuncs{conn: func(c *Conn) {
		got.onEnd = c.Close
		c.SetHandler(got)
	}})
	require.NoError(t, err)
	c := Dial(l, DialOptions{Host: "127.0.0.1", Port: ln.Addr().Port()}, func(err error) {
		require.NoError(t, err)
	})
	c.SetHandler(newRecorder(t, "client"))
	buf := []byte("hello")
	c.WriteBorrowed(buf, nil)
	copy(buf, "XXXXX")
	c.CloseWrite(func(error) { require.NoError(t, ln.Close()) })
	run(t, l)
	assert.Equal(t, "hello", string(got.data))
}

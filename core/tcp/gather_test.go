package tcp

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// gatherPeer dials a listener whose one connection records what it reads
// and ends when the peer ends; it calls wrote(c) once connected and
// returns the recorder.
func gatherPeer(t *testing.T, noDelay bool, wrote func(c *Conn)) *recorder {
	l := newLoop(t)
	got := newRecorder(t, "server")
	var ln *Listener
	ln, err := Listen(l, ListenOptions{Host: "127.0.0.1"}, listenerFuncs{conn: func(c *Conn) {
		c.SetHandler(got)
		got.onEnd = func() { c.CloseWrite(nil) }
		require.NoError(t, ln.Close())
	}})
	require.NoError(t, err)
	var c *Conn
	c = Dial(l, DialOptions{Host: "127.0.0.1", Port: ln.Addr().Port()}, func(err error) {
		require.NoError(t, err)
		if noDelay {
			require.NoError(t, c.SetNoDelay(true))
		}
		wrote(c)
	})
	c.SetHandler(newRecorder(t, "client"))
	run(t, l)
	return got
}

func TestSmallWritesOfOneTaskAreGatheredAndCompleteAtOnce(t *testing.T) {
	var want bytes.Buffer
	got := gatherPeer(t, false, func(c *Conn) {
		write := func(b []byte) {
			want.Write(b)
			done := false
			c.Write(b, func(err error) { assert.NoError(t, err); done = true })
			assert.True(t, done, "a write gathered or taken by the kernel completes at once")
		}
		write([]byte("first"))
		assert.Empty(t, c.gathered, "the first write of a task goes to the kernel")
		write([]byte("second"))
		assert.Equal(t, "second", string(c.gathered), "a later small one waits for the end of the task")
		assert.Zero(t, c.Queued(), "gathered bytes count as handed over")
		write(bytes.Repeat([]byte("L"), gatherMax+1))
		assert.Empty(t, c.gathered, "a larger write goes after the gathered bytes")
		for i := range 100 {
			write(bytes.Repeat([]byte{byte('a' + i%26)}, 1000))
		}
		c.CloseWrite(nil)
	})
	assert.Equal(t, want.String(), string(got.data), "every byte, in order, before the end")
}

func TestGatheredBytesGoOutBeforeDestroyAndClose(t *testing.T) {
	for _, end := range []struct {
		name string
		fn   func(c *Conn)
	}{{"destroy", (*Conn).Destroy}, {"close", (*Conn).Close}} {
		t.Run(end.name, func(t *testing.T) {
			got := gatherPeer(t, false, func(c *Conn) {
				c.Write([]byte("one "), nil)
				c.Write([]byte("two "), nil)
				c.Write([]byte("three"), nil)
				require.NotEmpty(t, c.gathered)
				end.fn(c)
			})
			assert.Equal(t, "one two three", string(got.data))
		})
	}
}

func TestWritesWithNagleOffAreNotGathered(t *testing.T) {
	got := gatherPeer(t, true, func(c *Conn) {
		c.Write([]byte("one "), nil)
		c.Write([]byte("two"), nil)
		assert.Empty(t, c.gathered, "SetNoDelay(true) asks for every write to go at once")
		c.CloseWrite(nil)
	})
	assert.Equal(t, "one two", string(got.data))
}

package tcp

import (
	"crypto/sha256"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// A bulk transfer read ahead (readv into several chunks) still reaches the
// handler one bounded chunk per OnData, in order, never while paused, and
// BytesRead counts only what was delivered.
func TestReadAheadDeliversBoundedChunksAndHonoursPause(t *testing.T) {
	l := newLoop(t)
	data := randomBytes(24 << 20)
	const bound = 256 << 10
	receiver := newRecorder(t, "receiver")
	receiver.keep = false
	got := sha256.New()
	paused, sawAhead := false, false
	pair(t, l, "127.0.0.1", func(client, server *Conn) {
		client.SetHandler(newRecorder(t, "sender"))
		server.SetHandler(receiver)
		server.SetMaxChunk(bound)
		client.Write(data, nil)
		client.CloseWrite(nil)
		chunks := 0
		receiver.onData = func(b []byte) {
			assert.False(t, paused, "data while paused")
			assert.LessOrEqual(t, len(b), bound)
			assert.Equal(t, int64(receiver.n), server.BytesRead(), "BytesRead counts delivered bytes")
			got.Write(b)
			if server.aheadPending() {
				sawAhead = true
			}
			if chunks++; chunks%5 == 0 {
				server.Pause()
				paused = true
				l.NewTimer(time.Millisecond, func() {
					paused = false
					server.Resume()
				})
			}
		}
		receiver.onEnd = func() { server.CloseWrite(nil) }
	})
	run(t, l)
	assert.True(t, sawAhead, "the transfer was read ahead")
	assert.Equal(t, len(data), receiver.n)
	want := sha256.Sum256(data)
	assert.Equal(t, want[:], got.Sum(nil))
	assert.Equal(t, []string{"end", "close:false"}, receiver.events)
}

package tcp

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// TestMaxChunkBoundsFreshReads lets megabytes pile up in the kernel while
// the receiver is paused, then reads them: chunks stay within 64 KiB by
// default and within SetMaxChunk's bound, which a backlog fills, and no
// chunk holds more than twice its bytes.
func TestMaxChunkBoundsFreshReads(t *testing.T) {
	cases := []struct {
		name     string
		set      int // 0: leave the default
		want     int
		mustFill bool
	}{
		{"default", 0, maxChunk, false},
		{"below the default is the default", 1000, maxChunk, false},
		{"raised", 256 << 10, 256 << 10, true},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			l := newLoop(t)
			const total = 8 << 20
			chunk := make([]byte, 64<<10)
			largest := 0
			receiver := newRecorder(t, "receiver")
			receiver.keep = false
			pair(t, l, "127.0.0.1", func(client, server *Conn) {
				if tc.set != 0 {
					server.SetMaxChunk(tc.set)
				}
				server.SetHandler(receiver)
				server.Pause()
				client.SetHandler(newRecorder(t, "sender"))
				for range total / len(chunk) {
					client.Write(chunk, nil)
				}
				receiver.onData = func(b []byte) {
					largest = max(largest, len(b))
					assert.LessOrEqual(t, cap(b), 2*len(b), "a fresh slice at most twice the read: a tail below half is copied to its size")
					if receiver.n == total {
						client.Close()
						server.Close()
					}
				}
				l.NewTimer(50*time.Millisecond, server.Resume)
			})
			run(t, l)
			assert.Equal(t, total, receiver.n)
			assert.LessOrEqual(t, largest, tc.want)
			if tc.mustFill {
				assert.Greater(t, largest, maxChunk, "a backlog is read in chunks above 64 KiB")
			}
		})
	}
}

package tcp

import (
	"runtime"
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
			assert.Greater(t, largest, smallChunk, "a backlog is read in bulk, not copied out in small pieces")
			assert.LessOrEqual(t, largest, tc.want)
			if tc.mustFill {
				assert.Greater(t, largest, maxChunk, "a backlog is read in chunks above 64 KiB")
			}
		})
	}
}

// TestMessagesOfAFewKiBKeepFreshReadsSmall sends 10 KiB messages one at a
// time to a receiver allowed 256 KiB chunks: reads that come back far from
// full never grow the fresh slice past 64 KiB, so a message does not cost
// a 256 KiB allocation (the bytes allocated stay under 128 KiB a message).
func TestMessagesOfAFewKiBKeepFreshReadsSmall(t *testing.T) {
	l := newLoop(t)
	const size, count = 10 << 10, 50
	msg := make([]byte, size)
	receiver := newRecorder(t, "receiver")
	receiver.keep = false
	var before, after runtime.MemStats
	pair(t, l, "127.0.0.1", func(client, server *Conn) {
		server.SetMaxChunk(256 << 10)
		server.SetHandler(receiver)
		client.SetHandler(newRecorder(t, "sender"))
		runtime.ReadMemStats(&before)
		client.Write(msg, nil)
		receiver.onData = func(b []byte) {
			assert.LessOrEqual(t, cap(b), maxChunk)
			switch {
			case receiver.n == size*count:
				runtime.ReadMemStats(&after)
				client.Close()
				server.Close()
			case receiver.n%size == 0:
				client.Write(msg, nil)
			}
		}
	})
	run(t, l)
	assert.Equal(t, size*count, receiver.n)
	assert.Less(t, after.TotalAlloc-before.TotalAlloc, uint64(count*128<<10))
}

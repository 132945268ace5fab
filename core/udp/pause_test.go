package udp_test

import (
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/core/udp"
)

func TestPauseHoldsDatagramsBackUntilResume(t *testing.T) {
	l := newLoop(t)
	recv, rr := open(t, l, udp.Config{Address: lo4})
	send, _ := open(t, l, udp.Config{Address: lo4})
	to := localAddr(t, recv)
	recv.Pause()
	assert.True(t, recv.Paused())
	for _, p := range []string{"a", "b", "c"} {
		require.NoError(t, send.Send([]byte(p), to, nil))
	}
	after(l, 20*time.Millisecond, func() {
		assert.Empty(t, rr.msgs, "nothing is read while paused")
		recv.Resume()
		assert.Empty(t, rr.msgs, "Resume calls back nothing itself")
	})
	rr.onMessage = func(udp.Message) {
		if len(rr.msgs) == 3 {
			recv.Close()
			send.Close()
		}
	}
	run(t, l)
	assert.Equal(t, []string{"a", "b", "c"}, rr.payloads())
}

func TestPauseInsideABatchKeepsTheRestForResume(t *testing.T) {
	l := newLoop(t)
	recv, rr := open(t, l, udp.Config{Address: lo4})
	send, _ := open(t, l, udp.Config{Address: lo4})
	to := localAddr(t, recv)
	const n = 10
	for i := range n {
		require.NoError(t, send.Send([]byte{byte('0' + i)}, to, nil))
	}
	rr.onMessage = func(udp.Message) {
		switch len(rr.msgs) {
		case 2: // the rest of the batch is already read
			recv.Pause()
			after(l, 10*time.Millisecond, func() {
				assert.Len(t, rr.msgs, 2)
				recv.Resume()
			})
		case 5: // pause again while delivering what was kept
			recv.Pause()
			recv.Resume()
			recv.Pause()
			l.NewImmediate(recv.Resume)
		case n:
			recv.Close()
			send.Close()
		}
	}
	run(t, l)
	assert.Equal(t, []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}, rr.payloads())
}

func TestCloseInsideAMessageCallbackStopsDelivery(t *testing.T) {
	l := newLoop(t)
	recv, rr := open(t, l, udp.Config{Address: lo4})
	send, _ := open(t, l, udp.Config{Address: lo4})
	to := localAddr(t, recv)
	for range 5 {
		require.NoError(t, send.Send([]byte("x"), to, nil))
	}
	rr.onMessage = func(udp.Message) {
		recv.Close()
		recv.Close()
		send.Close()
	}
	run(t, l)
	assert.Equal(t, []string{"message", "close"}, rr.events)
}

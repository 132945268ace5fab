package udp_test

import (
	"encoding/binary"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/nodeshim/nodeshim/core/udp"
)

// TestManyDatagramsInBatches sends windows of datagrams, each window queued
// in one tick (so it goes out through sendmmsg and is read back through
// recvmmsg), and echoes every datagram from the message callback (so replies
// are flushed together at the end of each read). Everything must arrive, in
// order, and every send must be completed once, in order.
func TestManyDatagramsInBatches(t *testing.T) {
	const total, window = 3000, 150
	l := newLoop(t)
	client, cr := open(t, l, udp.Config{Address: lo4, RecvBufferSize: 1 << 20})
	server, sr := open(t, l, udp.Config{Address: lo4, RecvBufferSize: 1 << 20})
	to := localAddr(t, server)

	var completed []int
	sendWindow := func(from int) {
		for i := from; i < min(from+window, total); i++ {
			b := binary.BigEndian.AppendUint32(make([]byte, 0, 64), uint32(i))
			b = b[:64]
			require.NoError(t, client.Send(b, to, func(err *sockerr.Error) {
				assert.Nil(t, err)
				completed = append(completed, i)
			}))
		}
		assert.Equal(t, min(window, total-from), client.SendQueueCount())
	}
	sr.onMessage = func(m udp.Message) {
		require.NoError(t, server.Send(m.Data, m.From, nil))
	}
	cr.onMessage = func(udp.Message) {
		switch n := len(cr.msgs); {
		case n == total:
			client.Close()
			server.Close()
		case n%window == 0:
			sendWindow(n)
		}
	}
	sendWindow(0)
	run(t, l)

	require.Len(t, sr.msgs, total)
	require.Len(t, cr.msgs, total)
	require.Len(t, completed, total)
	for i := range total {
		require.Equal(t, uint32(i), binary.BigEndian.Uint32(sr.msgs[i].Data))
		require.Equal(t, uint32(i), binary.BigEndian.Uint32(cr.msgs[i].Data))
		require.Len(t, cr.msgs[i].Data, 64)
		require.Equal(t, i, completed[i])
	}
	assert.Empty(t, cr.errs)
	assert.Empty(t, sr.errs)
}

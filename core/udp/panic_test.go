package udp_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/core/udp"
)

// TestSocketSurvivesARecoveredPanicInACallback: a host that recovers from a
// callback's panic (as a script's uncaughtException handler lets Node go on)
// must find the socket working, and the send queued before the panic sent.
func TestSocketSurvivesARecoveredPanicInACallback(t *testing.T) {
	l := newLoop(t)
	recovered := 0
	l.SetTaskRunner(func(task func()) {
		defer func() {
			if recover() != nil {
				recovered++
			}
		}()
		task()
	})
	a, ar := open(t, l, udp.Config{Address: lo4})
	b, br := open(t, l, udp.Config{Address: lo4})
	ar.onMessage = func(m udp.Message) {
		require.NoError(t, a.Send([]byte("reply"), m.From, nil))
		panic("callback failed")
	}
	br.onMessage = func(udp.Message) {
		a.Close()
		b.Close()
	}
	require.NoError(t, b.Send([]byte("ping"), localAddr(t, a), nil))
	run(t, l)
	assert.Equal(t, 1, recovered)
	assert.Equal(t, []string{"reply"}, br.payloads())
}

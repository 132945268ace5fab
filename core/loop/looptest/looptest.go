// Package looptest holds the helpers that tests of loop-driven packages share:
// a loop closed with the test, and a bounded run of it.
package looptest

import (
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/core/loop"
)

// New returns a loop that is closed when the test ends.
func New(t testing.TB) *loop.Loop {
	t.Helper()
	l, err := loop.New()
	require.NoError(t, err)
	t.Cleanup(func() { require.NoError(t, l.Close()) })
	return l
}

// Run runs l until nothing keeps it alive, failing the test if that takes
// longer than limit. The watchdog is an unref'd loop timer, so it neither
// keeps the loop alive nor needs a goroutine.
func Run(t testing.TB, l *loop.Loop, limit time.Duration) {
	t.Helper()
	timedOut := false
	watchdog := l.NewTimer(limit, func() {
		timedOut = true
		l.Stop()
	})
	watchdog.Unref()
	require.NoError(t, l.Run())
	watchdog.Stop()
	require.False(t, timedOut, "the loop was still running after %s", limit)
}

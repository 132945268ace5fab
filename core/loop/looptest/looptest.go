// Package looptest holds the helpers that tests of loop-driven packages share:
// a loop closed with the test, a bounded run of it, and a run of several
// loops at once.
package looptest

import (
	"sync"
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

// RunAll runs each loop on a goroutine of its own and returns once every one
// has ended, reporting a loop's error through t.Error: for benchmarks and
// tests whose ends live on loops of their own, as separate processes would.
func RunAll(t testing.TB, loops ...*loop.Loop) {
	var wg sync.WaitGroup
	for _, l := range loops {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := l.Run(); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
}

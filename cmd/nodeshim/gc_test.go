package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGCPercentKeepsTheHeapGoalAtLeastMinHeapGoal(t *testing.T) {
	for _, tc := range []struct {
		name string
		live uint64
		want int
	}{
		{"nothing measured yet", 0, minHeapGoal * 100 / goHeapMinimum},
		{"tiny heap is capped by Go's heap minimum", 2 << 20, minHeapGoal * 100 / goHeapMinimum},
		{"small heap", 8 << 20, 300},
		{"half the goal", minHeapGoal / 2, 100},
		{"large heap keeps Go's default", 200 << 20, 100},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, gcPercentFor(tc.live))
		})
	}
}

func TestTuneGCRetunesAfterEveryCollection(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	gcPercent := func() int {
		p := debug.SetGCPercent(100)
		debug.SetGCPercent(p)
		return p
	}

	t.Setenv("GOGC", "100")
	tuneGC()
	runtime.GC()
	assert.Equal(t, 100, gcPercent(), "a GOGC the user set is left alone")

	require.NoError(t, os.Unsetenv("GOGC")) // t.Setenv restores it afterwards
	tuneGC()
	debug.SetGCPercent(100)
	require.Eventually(t, func() bool {
		runtime.GC()
		return gcPercent() == minHeapGoal*100/goHeapMinimum
	}, 5*time.Second, 10*time.Millisecond,
		"after a collection the finalizer retunes GOGC; a test binary's live heap is tiny, so to the cap")
}

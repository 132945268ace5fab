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

func TestGCPercentKeepsTheHeapGoalAtLeastTheFloor(t *testing.T) {
	for _, tc := range []struct {
		name  string
		live  uint64
		floor uint64
		want  int
	}{
		{"nothing measured yet", 0, minHeapGoal, minHeapGoal * 100 / goHeapMinimum},
		{"tiny heap is capped by Go's heap minimum", 2 << 20, minHeapGoal, minHeapGoal * 100 / goHeapMinimum},
		{"small heap", 8 << 20, minHeapGoal, 300},
		{"half the goal", minHeapGoal / 2, minHeapGoal, 100},
		{"large heap keeps Go's default", 200 << 20, minHeapGoal, 100},
		{"small heap during a bulk transfer", 8 << 20, bulkHeapGoal, 700},
		{"half the bulk goal", bulkHeapGoal / 2, bulkHeapGoal, 100},
	} {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, gcPercentFor(tc.live, tc.floor))
		})
	}
}

func TestHeapFloorRisesOnlyWhileBulkReadsRun(t *testing.T) {
	assert.Equal(t, uint64(minHeapGoal), heapFloor(0), "no bulk reads: small messages, many connections")
	assert.Equal(t, uint64(minHeapGoal), heapFloor(bulkTrigger-1))
	assert.Equal(t, uint64(bulkHeapGoal), heapFloor(bulkTrigger))
	assert.Equal(t, uint64(bulkHeapGoal), heapFloor(1<<30))
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

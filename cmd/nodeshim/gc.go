package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
)

// minHeapGoal is the heap size below which the collector does not run.
// Socket reads hand each chunk to JavaScript in a buffer of its own, which
// package tcp recycles only once a collection finds it unreachable, so a
// busy connection allocates hundreds of MB per second; with Go's default
// (collect when the heap doubles) and the few MB a runtime keeps live, that
// is a collection — a scan of every JS object — every few milliseconds. V8
// absorbs the same garbage in its young generation; this floor plays that
// part. Above it Go's default applies, so a runtime holding many objects
// (many connections) keeps Go's footprint.
const minHeapGoal = 32 << 20

// tuneGC makes the collector's heap goal max(2 × live heap, minHeapGoal)
// instead of Go's 2 × live heap. A GOGC set in the environment is the user's
// choice and is left alone. Each call supersedes the tuning an earlier call
// started (only tests call it more than once).
func tuneGC() {
	generation := tuneGeneration.Add(1)
	if _, set := os.LookupEnv("GOGC"); set {
		return
	}
	retune() // before arming: from then on only the finalizer goroutine retunes
	runtime.SetFinalizer(&gcSentinel{generation: generation}, retuneAfterGC)
}

// tuneGeneration counts tuneGC's calls; a sentinel of an earlier call stops.
var tuneGeneration atomic.Int64

// gcSentinel is an object nothing references: its finalizer runs after every
// collection, re-arming itself each time. It is larger than the tiny-object
// size so that the allocator does not pack it with other objects.
type gcSentinel struct {
	generation int64 // the tuneGC call that armed it
	_          [24]byte
}

// retuneAfterGC adjusts GOGC to the live heap the last collection found,
// unless a later tuneGC has taken over.
func retuneAfterGC(s *gcSentinel) {
	if s.generation != tuneGeneration.Load() {
		return
	}
	retune()
	runtime.SetFinalizer(s, retuneAfterGC)
}

// goHeapMinimum is the heap size the Go runtime does not collect below at
// GOGC=100.
const goHeapMinimum = 4 << 20

var liveHeap = []metrics.Sample{{Name: "/gc/heap/live:bytes"}}

// retune sets GOGC from the live heap the last collection found.
func retune() {
	metrics.Read(liveHeap)
	var live uint64
	if liveHeap[0].Value.Kind() == metrics.KindUint64 {
		live = liveHeap[0].Value.Uint64()
	}
	debug.SetGCPercent(gcPercentFor(live))
}

// gcPercentFor is the GOGC that puts the next collection at
// max(2 × live, minHeapGoal).
func gcPercentFor(live uint64) int {
	live = max(live, 1<<20)
	if 2*live >= minHeapGoal {
		return 100
	}
	// Go never collects below goHeapMinimum × GOGC/100, so a tiny live heap
	// must not raise GOGC past minHeapGoal's share of that minimum.
	return int(min((minHeapGoal-live)*100/live, minHeapGoal*100/goHeapMinimum))
}

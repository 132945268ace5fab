package main

import (
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"

	"github.com/nodeshim/nodeshim/core/tcp"
)

// minHeapGoal is the heap size below which the collector does not run.
// Socket reads hand each chunk to JavaScript in a fresh buffer, so a busy
// connection allocates hundreds of MB per second; with Go's default (collect
// when the heap doubles) and the few MB a runtime keeps live, that is a
// collection — a scan of every JS object — every few milliseconds. V8 absorbs
// the same garbage in its young generation; this floor plays that part. Above
// it Go's default applies, so a runtime holding many objects (many
// connections) keeps Go's footprint.
const minHeapGoal = 32 << 20

// bulkHeapGoal replaces minHeapGoal while bulk transfers run: when bulk reads
// delivered at least bulkTrigger bytes since the previous collection, most
// of what the heap churns through is read chunks that die young, and a
// higher floor halves the collections (about a fifth less CPU per MB on
// bench/node/tcp-throughput.js). Connections trading small messages read
// no bulk chunks, so their footprint keeps minHeapGoal's.
const (
	bulkHeapGoal = 64 << 20
	bulkTrigger  = 8 << 20
)

// tuneGC makes the collector's heap goal max(2 × live heap, floor), floor
// being minHeapGoal or, during bulk transfers, bulkHeapGoal, instead of
// Go's 2 × live heap. A GOGC set in the environment is the user's
// choice and is left alone.
func tuneGC() {
	if _, set := os.LookupEnv("GOGC"); set {
		return
	}
	retune() // before arming: from then on only the finalizer goroutine retunes
	runtime.SetFinalizer(new(gcSentinel), retuneAfterGC)
}

// gcSentinel is an object nothing references: its finalizer runs after every
// collection, re-arming itself each time. It is larger than the tiny-object
// size so that the allocator does not pack it with other objects.
type gcSentinel struct{ _ [32]byte }

// retuneAfterGC adjusts GOGC to the live heap the last collection found.
func retuneAfterGC(s *gcSentinel) {
	retune()
	runtime.SetFinalizer(s, retuneAfterGC)
}

// goHeapMinimum is the heap size the Go runtime does not collect below at
// GOGC=100.
const goHeapMinimum = 4 << 20

var liveHeap = []metrics.Sample{{Name: "/gc/heap/live:bytes"}}

// bulkAtLastGC is tcp.BulkBytes when retune last ran (only the finalizer
// goroutine runs it once tuneGC has armed it).
var bulkAtLastGC int64

// retune sets GOGC from the live heap the last collection found and the
// bulk reads since the one before.
func retune() {
	metrics.Read(liveHeap)
	var live uint64
	if liveHeap[0].Value.Kind() == metrics.KindUint64 {
		live = liveHeap[0].Value.Uint64()
	}
	bulk := tcp.BulkBytes()
	floor := heapFloor(bulk - bulkAtLastGC)
	bulkAtLastGC = bulk
	debug.SetGCPercent(gcPercentFor(live, floor))
}

// heapFloor is the heap goal's floor after a cycle in which bulk reads
// delivered bulkSince bytes.
func heapFloor(bulkSince int64) uint64 {
	if bulkSince >= bulkTrigger {
		return bulkHeapGoal
	}
	return minHeapGoal
}

// gcPercentFor is the GOGC that puts the next collection at
// max(2 × live, floor).
func gcPercentFor(live, floor uint64) int {
	live = max(live, 1<<20)
	if 2*live >= floor {
		return 100
	}
	// Go never collects below goHeapMinimum × GOGC/100, so a tiny live heap
	// must not raise GOGC past floor's share of that minimum.
	return int(min((floor-live)*100/live, floor*100/goHeapMinimum))
}

package tcp

import (
	"math/bits"
	"runtime"
	"slices"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"
)

// Bulk reads (readSized) go into arrays of 64 KiB, 128 KiB, ... up to
// SetMaxChunk's bound, and the handler keeps the chunk: a façade wraps it in
// an ArrayBuffer that lives as long as the script holds it. Allocating each
// array afresh makes a bulk transfer's chunks most of what the process
// allocates — a collection every few dozen reads, and the zeroing of every
// array. So an array whose chunk went to a handler gets a finalizer, which
// runs once nothing refers to it any more (no ArrayBuffer, no slice) and
// gives it back to a pool of its size; the next bulk read of that size
// takes it from there, unzeroed. A chunk handed out is capped at its
// length, so the stale bytes past it — an earlier chunk's, maybe another
// connection's — are out of reach.
//
// Each size's pool owns at most classBytes of arrays (ready or lent), and
// an idle trim drops the ready ones no read took for trimEvery, so that a
// finished transfer does not keep tens of megabytes. A transfer uses one or
// two sizes at a time (the array doubles up to the bound and stays there).

const (
	// classCount is how many sizes are pooled: maxChunk << 0 ...
	// maxChunk << (classCount-1), that is 64 KiB to 4 MiB. Other sizes
	// (a SetMaxChunk bound that is no power of two, or above 4 MiB) are
	// allocated at every read.
	classCount = 7
	// classBytes bounds the bytes of the arrays one size's pool owns.
	classBytes = 32 << 20
	// trimEvery is how often pools drop the arrays that no read took since
	// the previous trim.
	trimEvery = time.Second
)

// arrayPool recycles the arrays of one size. It owns at most
// classBytes/size arrays, ready in free or lent out with a finalizer; any
// array a read needs beyond those is an ordinary allocation, left to the
// collector, so that a transfer faster than the pool does not make the
// finalizers resurrect arrays only to drop them (a finalized object lives
// one more collection). Bulk reads take and put arrays on loop goroutines,
// finalizers give them back on the finalizer goroutine, and the trim runs on
// a timer's: mu guards the lot.
type arrayPool struct {
	size int
	// back gives an unreachable array back; made once, so that setting a
	// finalizer allocates no closure.
	back func(*byte)

	mu    sync.Mutex
	owned int     // arrays ready or lent
	free  []*byte // the first byte of each ready array, the latest last
	// low is the fewest arrays free since the last trim: the bottom low of
	// free have waited at least that long.
	low int
}

// pools holds one arrayPool per pooled size, the smallest first.
var pools [classCount]arrayPool

func init() {
	for i := range pools {
		p := &pools[i]
		p.size = maxChunk << i
		p.back = p.put
	}
}

// poolHits counts bulk reads served by a recycled array (for tests).
var poolHits atomic.Int64

// poolFor returns the pool of arrays of exactly size bytes, or nil if that
// size is not pooled.
func poolFor(size int) *arrayPool {
	if size < maxChunk || size%maxChunk != 0 {
		return nil
	}
	n := uint(size / maxChunk)
	if n&(n-1) != 0 {
		return nil
	}
	i := bits.TrailingZeros(n)
	if i >= classCount {
		return nil
	}
	return &pools[i]
}

// bulkArray is an array for one bulk read.
type bulkArray struct {
	b    []byte
	pool *arrayPool // the owner, or nil for an array left to the collector
}

// takeArray returns an array of size bytes for a bulk read: a recycled one,
// holding stale bytes, when its pool has one ready.
func takeArray(size int) bulkArray {
	p := poolFor(size)
	if p == nil {
		return bulkArray{b: make([]byte, size)}
	}
	first, owned := p.take()
	if first != nil {
		poolHits.Add(1)
		return bulkArray{unsafe.Slice(first, size), p}
	}
	a := bulkArray{b: make([]byte, size)}
	if owned {
		a.pool = p
	}
	return a
}

// lend arms the return of the array, which a chunk handed to a handler now
// refers to: its pool gets it back once nothing refers to it.
func (a bulkArray) lend() {
	if a.pool != nil {
		runtime.SetFinalizer(&a.b[0], a.pool.back)
	}
}

// release gives back at once an array that nothing else refers to.
func (a bulkArray) release() {
	if a.pool != nil {
		a.pool.put(&a.b[0])
	}
}

// take pops the array returned last. With none ready, it reports whether
// the pool takes on the new array the caller allocates.
func (p *arrayPool) take() (first *byte, owned bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := len(p.free)
	if n == 0 {
		owned = p.owned < classBytes/p.size
		if owned {
			p.owned++
		}
		return nil, owned
	}
	first = p.free[n-1]
	p.free[n-1] = nil
	p.free = p.free[:n-1]
	p.low = min(p.low, n-1)
	return first, true
}

// put makes the owned array that starts at first ready again, and makes
// sure a trim will come.
func (p *arrayPool) put(first *byte) {
	p.mu.Lock()
	p.free = append(p.free, first)
	p.mu.Unlock()
	armTrim()
}

// trim drops the arrays no read took since the last trim and reports
// whether the pool still holds any.
func (p *arrayPool) trim() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.free = slices.Delete(p.free, 0, p.low)
	p.owned -= p.low
	p.low = len(p.free)
	return len(p.free) > 0
}

// pooled returns how many arrays the pool holds.
func (p *arrayPool) pooled() int {
	p.mu.Lock()
	defer p.mu.Unlock()
	return len(p.free)
}

// trimmer schedules the trims: a timer runs while any pool holds arrays.
var trimmer struct {
	mu    sync.Mutex
	armed bool
}

// armTrim starts the trim timer unless it runs.
func armTrim() {
	trimmer.mu.Lock()
	defer trimmer.mu.Unlock()
	if !trimmer.armed {
		trimmer.armed = true
		time.AfterFunc(trimEvery, trimPools)
	}
}

// trimPools trims every pool, and comes back while any holds arrays. It
// holds trimmer.mu throughout, so that an array put meanwhile either counts
// here or re-arms the timer once it is done.
func trimPools() {
	trimmer.mu.Lock()
	defer trimmer.mu.Unlock()
	left := false
	for i := range pools {
		if pools[i].trim() {
			left = true
		}
	}
	trimmer.armed = left
	if left {
		time.AfterFunc(trimEvery, trimPools)
	}
}

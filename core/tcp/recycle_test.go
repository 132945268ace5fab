package tcp

import (
	"runtime"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// patternAt is the byte at offset i of a transfer marked by seed, so that
// a chunk showing another transfer's bytes, or other offsets', is caught.
func patternAt(seed byte, i int) byte {
	return byte(i*7+i>>16) ^ seed
}

// bulkTransfer sends total bytes marked by seed to a receiver allowed 256
// KiB chunks that starts paused, so that the backlog is read in bulk. Every
// chunk must hold the bytes of its offsets and reach no stale byte: a
// recycled array's chunk is capped at its length, and the spare capacity of
// a copied one is fresh (zero); the receiver keeps none of them.
func bulkTransfer(t *testing.T, seed byte, total int) {
	t.Helper()
	l := newLoop(t)
	data := make([]byte, total)
	for i := range data {
		data[i] = patternAt(seed, i)
	}
	receiver := newRecorder(t, "receiver")
	receiver.keep = false
	bad := 0
	pair(t, l, "127.0.0.1", func(client, server *Conn) {
		server.SetMaxChunk(256 << 10)
		server.SetHandler(receiver)
		server.Pause()
		client.SetHandler(newRecorder(t, "sender"))
		client.Write(data, nil)
		start := 0
		receiver.onData = func(b []byte) {
			for i, c := range b[:cap(b)] {
				if i < len(b) && c != patternAt(seed, start+i) || i >= len(b) && c != 0 {
					bad++
					break
				}
			}
			start += len(b)
			if receiver.n == total {
				client.Close()
				server.Close()
			}
		}
		l.NewTimer(20*time.Millisecond, server.Resume)
	})
	run(t, l)
	require.Equal(t, total, receiver.n)
	require.Zero(t, bad, "chunks with bytes that are not theirs")
}

// TestBulkReadsRecycleDroppedArrays transfers megabytes to a receiver that
// drops every chunk; after a collection the arrays are back in their pool,
// and the next transfer's reads take them — with the right bytes. Once no
// read takes them, the idle trim empties the pools.
func TestBulkReadsRecycleDroppedArrays(t *testing.T) {
	const total = 16 << 20
	big := poolFor(256 << 10)
	require.NotNil(t, big)
	bulkTransfer(t, 0x11, total)
	runtime.GC()
	assert.Eventually(t, func() bool { return big.pooled() > 0 }, 5*time.Second, 10*time.Millisecond,
		"the finalizers give unreachable arrays back")

	hits := poolHits.Load()
	bulkTransfer(t, 0x22, total)
	assert.Positive(t, poolHits.Load()-hits, "bulk reads take recycled arrays")

	runtime.GC()
	assert.Eventually(t, func() bool {
		for i := range pools {
			if pools[i].pooled() > 0 {
				return false
			}
		}
		return true
	}, 10*trimEvery, 50*time.Millisecond, "idle pools are trimmed to nothing")
}

// TestCopiedReadsGiveTheirArrayBackAtOnce sends messages of a few KiB, which
// bulk reads copy into slices of their size: each read's array goes back to
// its pool at once, without waiting for a collection, so the next read takes
// it again.
func TestCopiedReadsGiveTheirArrayBackAtOnce(t *testing.T) {
	l := newLoop(t)
	const size, count = 10 << 10, 40
	msg := make([]byte, size)
	receiver := newRecorder(t, "receiver")
	receiver.keep = false
	hits := poolHits.Load()
	pair(t, l, "127.0.0.1", func(client, server *Conn) {
		server.SetHandler(receiver)
		client.SetHandler(newRecorder(t, "sender"))
		client.Write(msg, nil)
		receiver.onData = func([]byte) {
			switch {
			case receiver.n == size*count:
				client.Close()
				server.Close()
			case receiver.n%size == 0:
				client.Write(msg, nil)
			}
		}
	})
	run(t, l)
	assert.GreaterOrEqual(t, poolHits.Load()-hits, int64(count/2))
}

func TestPoolForTakesExactPowerOfTwoSizes(t *testing.T) {
	cases := []struct {
		size  int
		class int // -1: not pooled
	}{
		{maxChunk, 0},
		{128 << 10, 1},
		{256 << 10, 2},
		{4 << 20, classCount - 1},
		{8 << 20, -1},
		{32 << 10, -1},
		{192 << 10, -1},
		{100000, -1},
	}
	for _, tc := range cases {
		p := poolFor(tc.size)
		if tc.class < 0 {
			assert.Nil(t, p, "size %d", tc.size)
			continue
		}
		if assert.Same(t, &pools[tc.class], p, "size %d", tc.size) {
			assert.Equal(t, tc.size, p.size)
		}
	}
}

// newTestPool returns a pool of 4 MiB arrays of its own, which no read
// uses and the timer does not trim. It takes pointers only, never memory.
func newTestPool() *arrayPool {
	p := &arrayPool{size: 4 << 20}
	p.back = p.put
	return p
}

func TestPoolOwnsABoundedNumberOfArrays(t *testing.T) {
	p := newTestPool()
	limit := classBytes / p.size
	for range limit {
		first, owned := p.take()
		assert.Nil(t, first)
		assert.True(t, owned)
	}
	_, owned := p.take()
	assert.False(t, owned, "arrays beyond the bound are left to the collector")

	var b byte
	p.put(&b)
	first, owned := p.take()
	assert.Same(t, &b, first)
	assert.True(t, owned)
}

func TestTrimDropsWhatNoReadTook(t *testing.T) {
	p := newTestPool()
	arrays := make([]byte, 4)
	for range arrays {
		_, owned := p.take()
		require.True(t, owned)
	}
	for i := range arrays {
		p.put(&arrays[i])
	}
	assert.True(t, p.trim(), "the first trim only starts watching")
	assert.Equal(t, 4, p.pooled())

	first, _ := p.take() // one read in the interval: the lowest count was 3
	p.put(first)
	assert.True(t, p.trim())
	assert.Equal(t, 1, p.pooled(), "the three that waited the whole interval go")
	assert.Same(t, &arrays[3], p.free[0], "the array in use stays")
	assert.Equal(t, 1, p.owned)

	assert.False(t, p.trim(), "an idle interval empties the pool")
	assert.Zero(t, p.pooled())
	assert.Zero(t, p.owned)
}

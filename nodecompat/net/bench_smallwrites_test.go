package net_test

import "testing"

// BenchmarkSmallWrites measures 1 KiB writes from a client that writes
// until write() returns false and then waits for 'drain', to a server
// counting 'data' (bench/variants/throughput-1k.js with a count; compare:
// node testdata/bench-smallwrites.js N).
func BenchmarkSmallWrites(b *testing.B) {
	b.SetBytes(1 << 10)
	b.ReportAllocs()
	runBench(b, "bench-smallwrites.js", max(b.N, 1))
}

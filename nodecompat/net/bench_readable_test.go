package net_test

import "testing"

// BenchmarkPausedEcho measures 64-byte round trips to an echo server that
// reads in paused mode: a 'readable' listener with a read() loop
// ("readable"), or sock.pipe(sock) ("pipe"); "data" is the flowing
// on('data') echo for reference (compare: node
// testdata/bench-readable.js N mode).
func BenchmarkPausedEcho(b *testing.B) {
	for _, mode := range []string{"readable", "pipe", "data"} {
		b.Run(mode, func(b *testing.B) {
			b.ReportAllocs()
			runBench(b, "bench-readable.js", max(b.N, 1), mode)
		})
	}
}

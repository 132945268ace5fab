package net_test

import "testing"

// BenchmarkStringPingPong measures 64-byte round trips of strings between
// a client and an echo server in one process: "decode" with
// setEncoding('utf8') on both sides and string writes, "write" with string
// writes and Buffer 'data', and "buffer", the same with Buffers, for
// reference (compare: node testdata/bench-strings.js N mode).
func BenchmarkStringPingPong(b *testing.B) {
	for _, mode := range []string{"decode", "write", "buffer"} {
		b.Run(mode, func(b *testing.B) {
			b.ReportAllocs()
			runBench(b, "bench-strings.js", max(b.N, 1), mode)
		})
	}
}

package net_test

import "testing"

// BenchmarkWriteCallback measures the writes of a socket that pass a
// callback: 64-byte round trips whose client writes with write(msg, cb)
// ("echo"), and 64 KiB writes with a callback into a server socket piped
// into a JavaScript Writable ("pipe") (compare: node
// testdata/bench-writecb.js N echo|pipe).
func BenchmarkWriteCallback(b *testing.B) {
	for _, mode := range []string{"echo", "pipe"} {
		b.Run(mode, func(b *testing.B) {
			if mode == "pipe" {
				b.SetBytes(64 << 10)
			}
			b.ReportAllocs()
			runBench(b, "bench-writecb.js", max(b.N, 1), mode)
		})
	}
}

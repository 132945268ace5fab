package net_test

import "testing"

// BenchmarkConnCycleVariant measures a connection's whole life in the
// shapes of the connrate variants (compare: node
// testdata/bench-connrate.js N shape): options to createConnection and
// on('connect'), a request and answer with end(data), and a destroy on
// connect.
func BenchmarkConnCycleVariant(b *testing.B) {
	for _, shape := range []string{"opts", "reqres", "destroy"} {
		b.Run(shape, func(b *testing.B) {
			b.ReportAllocs()
			runBench(b, "bench-connrate.js", max(b.N, 2), shape)
		})
	}
}

package tls_test

import (
	"bytes"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/nodecompat"
)

// BenchmarkTLSPingPong measures 64-byte round trips on one established TLS
// 1.3 connection between a client and an echo server in one process, shaped
// as bench/variants/tls-pingpong.js, and the same over plain TCP for
// reference (compare: node testdata/bench-tls-pingpong.js N tls|tcp).
func BenchmarkTLSPingPong(b *testing.B) {
	for _, mode := range []string{"tls", "tcp"} {
		b.Run(mode, func(b *testing.B) {
			b.ReportAllocs()
			runBench(b, "bench-tls-pingpong.js", max(b.N, 1), mode)
		})
	}
}

// runBench runs a testdata script with n and args as its arguments, the
// way `node testdata/<script> n args...` runs it for reference.
func runBench(b *testing.B, script string, n int, args ...string) {
	l, err := loop.New()
	require.NoError(b, err)
	defer l.Close()
	path, err := filepath.Abs(filepath.Join("testdata", script))
	require.NoError(b, err)
	out := &bytes.Buffer{}
	rt := nodecompat.Enable(goja.New(), l, nodecompat.Options{
		Argv: append([]string{"nodeshim", path, strconv.Itoa(n)}, args...), Stdout: out, Stderr: out,
	})
	b.ResetTimer()
	code := rt.RunMain(path)
	b.StopTimer()
	require.Equal(b, 0, code, out.String())
	b.Log(out.String())
}

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

// BenchmarkThroughput64K measures 64 KiB writes over TLS 1.3 from a client
// to a counting server in one process (compare: node
// testdata/bench-tls-throughput.js).
func BenchmarkThroughput64K(b *testing.B) {
	l, err := loop.New()
	require.NoError(b, err)
	defer l.Close()
	path, err := filepath.Abs(filepath.Join("testdata", "bench-tls-throughput.js"))
	require.NoError(b, err)
	out := &bytes.Buffer{}
	rt := nodecompat.Enable(goja.New(), l, nodecompat.Options{
		Argv: []string{"nodeshim", path, strconv.Itoa(max(b.N, 1))}, Stdout: out, Stderr: out,
	})
	b.SetBytes(64 << 10)
	b.ReportAllocs()
	b.ResetTimer()
	code := rt.RunMain(path)
	b.StopTimer()
	require.Equal(b, 0, code, out.String())
	b.Log(out.String())
}

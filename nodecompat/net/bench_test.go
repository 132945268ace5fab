package net_test

import (
	"bytes"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/nodecompat"
	nodenet "github.com/nodeshim/nodeshim/nodecompat/net"
)

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

// BenchmarkEchoRoundTrip measures 64-byte round trips between a client
// and an echo server in one process, in the ways the ping-pong variants of
// bench/variants echo: on('data'), a 'readable' listener with a read()
// loop, sock.pipe(sock), writes with a callback, string writes, and
// strings with setEncoding('utf8') on both sides (compare: node
// testdata/bench-echo.js N mode).
func BenchmarkEchoRoundTrip(b *testing.B) {
	for _, mode := range []string{"data", "readable", "pipe", "writecb", "strwrite", "decode"} {
		b.Run(mode, func(b *testing.B) {
			b.ReportAllocs()
			runBench(b, "bench-echo.js", max(b.N, 1), mode)
		})
	}
}

// BenchmarkThroughput64K measures 64 KiB writes from a client to a
// counting server, over TCP and over TLS 1.3, and over TCP with write
// callbacks into a server socket piped into a JavaScript Writable
// (compare: node testdata/bench-throughput.js N [tls|pipe]).
func BenchmarkThroughput64K(b *testing.B) {
	for _, tc := range []struct {
		name string
		args []string
	}{{"tcp", nil}, {"tls", []string{"tls"}}, {"pipe", []string{"pipe"}}} {
		b.Run(tc.name, func(b *testing.B) {
			b.SetBytes(64 << 10)
			b.ReportAllocs()
			runBench(b, "bench-throughput.js", max(b.N, 1), tc.args...)
		})
	}
}

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

// BenchmarkConnCycle measures a connection's whole life, client and
// server side: connect, end, the server's end, close (compare: node
// testdata/bench-connrate.js).
func BenchmarkConnCycle(b *testing.B) {
	b.ReportAllocs()
	runBench(b, "bench-connrate.js", max(b.N, 2))
}

// BenchmarkPingPong measures 64-byte round trips shaped as
// bench/node/tcp-pingpong.js: its client times each one with
// process.hrtime.bigint() and keeps the times (compare: node
// testdata/bench-pingpong.js).
func BenchmarkPingPong(b *testing.B) {
	b.ReportAllocs()
	runBench(b, "bench-pingpong.js", max(b.N, 1))
}

// BenchmarkNewSocket measures making a socket: new net.Socket() with no
// options ("user"), and the socket net.connect(port, host) makes
// ("connect": the module's own options, with preset stream options), left
// unconnected.
func BenchmarkNewSocket(b *testing.B) {
	for _, tc := range []struct{ name, make string }{
		{"user", `() => new net.Socket()`},
		{"connect", `() => S.newSocket(null, false, null)`},
	} {
		b.Run(tc.name, func(b *testing.B) {
			l, err := loop.New()
			require.NoError(b, err)
			defer l.Close()
			vm := goja.New()
			rt := nodecompat.Enable(vm, l, nodecompat.Options{Argv: []string{"nodeshim", "bench.js"}})
			m, ok := nodenet.Of(rt.Require("net"))
			require.True(b, ok)
			require.NoError(b, vm.Set("net", rt.Require("net")))
			require.NoError(b, vm.Set("S", m.Shared()))
			v, err := vm.RunString(`(function (make, n) { let s; for (let i = 0; i < n; i++) s = make(); return s; })`)
			require.NoError(b, err)
			loopFn, _ := goja.AssertFunction(v)
			mk, err := vm.RunString(tc.make)
			require.NoError(b, err)
			b.ReportAllocs()
			b.ResetTimer()
			_, err = loopFn(goja.Undefined(), mk, vm.ToValue(b.N))
			b.StopTimer()
			require.NoError(b, err)
		})
	}
}

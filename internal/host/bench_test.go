package host

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/core/loop"
)

// benchHost is a Host on a fresh loop, with the given script's value as
// the function the benchmark calls.
func benchHost(b *testing.B, src string) (*Host, goja.Callable) {
	l, err := loop.New()
	require.NoError(b, err)
	b.Cleanup(func() { _ = l.Close() })
	vm := goja.New()
	h := New(vm, l)
	require.NoError(b, vm.Set("nextTick", h.NextTickFunction()))
	v, err := vm.RunString(src)
	require.NoError(b, err)
	fn, ok := goja.AssertFunction(v)
	require.True(b, ok)
	return h, fn
}

// BenchmarkTask measures one macrotask whose Go side calls one JS function,
// as a socket event does (compare: setImmediate in node).
func BenchmarkTask(b *testing.B) {
	h, fn := benchHost(b, `(function (n) { return n + 1; })`)
	arg := h.VM().ToValue(1)
	b.ReportAllocs()
	for b.Loop() {
		h.Run(func() { h.Call(fn, goja.Undefined(), arg) })
	}
}

// BenchmarkTick measures one process.nextTick callback, queued and run: a
// task queues ten through NextTickFunction.
func BenchmarkTick(b *testing.B) {
	h, fn := benchHost(b, `(function () {
		const cb = () => {};
		for (let i = 0; i < 10; i++) nextTick(cb, i);
	})`)
	b.ReportAllocs()
	for b.Loop() {
		h.Run(func() { h.Call(fn, goja.Undefined()) })
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*10), "ns/tick")
}

package w3c

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"
)

// BenchmarkSendText measures send() given the same 64-character string
// every time, as the w3c-pingpong-str variant's client sends its ping,
// through a transport that only counts the bytes.
func BenchmarkSendText(b *testing.B) {
	e := newEnv(b)
	v, err := e.vm.RunString(`(() => {
		const s = new UDPSocket('127.0.0.1', 0), msg = 'x'.repeat(64);
		globalThis.ping = () => s.send(msg);
		return s;
	})()`)
	require.NoError(b, err)
	_, sink := sinkSocket(b, e, v)
	ping, err := e.vm.RunString(`ping`)
	require.NoError(b, err)
	fn, ok := goja.AssertFunction(ping)
	require.True(b, ok)
	b.ReportAllocs()
	e.host.Run(func() {
		for b.Loop() {
			if _, err := fn(goja.Undefined()); err != nil {
				b.Fatal(err)
			}
		}
	})
	require.Equal(b, b.N*64, sink.sent)
}

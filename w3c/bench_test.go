package w3c

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/internal/webapi"
)

// BenchmarkMessageDispatch measures the per-event cost of a TCP message:
// building the MessageEvent over a fresh ArrayBuffer and one dispatch to a
// handler that reads the data.
func BenchmarkMessageDispatch(b *testing.B) {
	for _, bt := range []string{"arraybuffer", "string"} {
		b.Run(bt, func(b *testing.B) {
			e := newEnv(b)
			v, err := e.vm.RunString(`
				var n = 0;
				var s = new UDPSocket('127.0.0.1', 0, { binaryType: '` + bt + `' });
				s.onmessage = e => { n += e.data.length || e.data.byteLength; };
				s`)
			require.NoError(b, err)
			s, ok := webapi.StateOf[*sock](hiddenState, v)
			require.True(b, ok)
			s.stream = true
			chunk := make([]byte, 1024)
			b.ReportAllocs()
			b.SetBytes(int64(len(chunk)))
			b.ResetTimer()
			for range b.N {
				s.deliver(chunk)
			}
			b.StopTimer()
			e.run("s.close()")
		})
	}
}

package w3c

import (
	"testing"

	"github.com/dop251/goja"
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
			require.NoError(b, e.vm.Set("s", v))
			e.run("s.close()")
		})
	}
}

// BenchmarkTCPPingPong measures one round trip of a 64-byte message
// between a TCPSocket and the socket a TCPServerSocket accepted, in one
// runtime: two reads, two message events, two send() calls and the loop's
// polling, with none of the benchmark scripts' clock work.
func BenchmarkTCPPingPong(b *testing.B) {
	e := newEnv(b)
	require.NoError(b, e.vm.Set("rounds", b.N))
	b.ReportAllocs()
	b.ResetTimer()
	e.run(`
		const msg = new Uint8Array(64);
		const server = new TCPServerSocket('127.0.0.1', 0, {noDelay: true});
		server.onconnect = (ev) => { const s = ev.socket; s.onmessage = (e) => s.send(e.data); };
		server.onopen = () => {
			const c = new TCPSocket('127.0.0.1', server.localPort, {noDelay: true});
			let left = rounds, got = 0;
			c.onopen = () => c.send(msg);
			c.onmessage = (e) => {
				got += e.data.byteLength;
				if (got < 64) return;
				got = 0;
				if (--left > 0) c.send(msg); else { c.close(); server.close(); }
			};
		};`)
}

// sinkTransport is a transport whose send only counts the bytes, so that a
// benchmark measures the façade's share of a message without system calls.
// Only the methods a message and a send() reach are implemented.
type sinkTransport struct {
	transport
	sent int
}

func (t *sinkTransport) send(_ ctx, data []byte, _ []goja.Value) { t.sent += len(data) }
func (t *sinkTransport) bufferedAmount() int                     { return 0 }

// sendBorrowed makes the sink a lender, as a TCP socket is.
func (t *sinkTransport) sendBorrowed(c ctx, data []byte, args []goja.Value) { t.send(c, data, args) }

// sinkSocket gives the open socket v of e a sinkTransport, as if open,
// until the benchmark ends, when the socket gets its own transport back
// and is closed.
func sinkSocket(b *testing.B, e *env, v goja.Value) (*sock, *sinkTransport) {
	s, ok := webapi.StateOf[*sock](hiddenState, v)
	require.True(b, ok)
	real := s.t
	sink := &sinkTransport{transport: real}
	s.setTransport(sink)
	s.state = stateOpen
	b.Cleanup(func() {
		s.setTransport(real)
		require.NoError(b, e.vm.Set("s", v))
		e.run("s.close()")
	})
	return s, sink
}

// BenchmarkEcho measures the JavaScript-facing half of a ping-pong round
// trip without system calls: a 64-byte message event, inside a loop task as
// the network delivers it, to a handler that sends, as the tcp-pingpong
// workload's server (the data back) and client (counting the bytes, then
// its own Uint8Array) do.
func BenchmarkEcho(b *testing.B) {
	for _, c := range []struct{ name, handler string }{
		{"server", `(ev) => s.send(ev.data)`},
		{"client", `(ev) => { got += ev.data.byteLength; if (got >= 64) { got = 0; s.send(msg); } }`},
	} {
		b.Run(c.name, func(b *testing.B) {
			e := newEnv(b)
			v, err := e.vm.RunString(`(() => {
				const s = new UDPSocket('127.0.0.1', 0), msg = new Uint8Array(64);
				let got = 0;
				s.onmessage = ` + c.handler + `;
				return s;
			})()`)
			require.NoError(b, err)
			s, sink := sinkSocket(b, e, v)
			chunk := make([]byte, 64)
			b.ReportAllocs()
			e.host.Run(func() {
				for b.Loop() {
					s.deliver(chunk)
				}
			})
			require.Equal(b, b.N*len(chunk), sink.sent)
		})
	}
}

package w3c

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/internal/webapi"
)

// recordTransport is a transport that keeps a copy of each message sent.
type recordTransport struct {
	transport
	sent []string
}

func (t *recordTransport) send(_ ctx, data []byte, _ []goja.Value) {
	t.sent = append(t.sent, string(data))
}
func (t *recordTransport) bufferedAmount() int { return 0 }

// TestRepeatedSendOfOneObject sends the same buffers and views again and
// again, as a script sending one message repeatedly does, and checks that
// every send carries the object's bytes of the moment: after a change, for
// a view into the middle of a buffer, for a view whose buffer and
// byteOffset the script shadowed, and once its buffer is detached.
func TestRepeatedSendOfOneObject(t *testing.T) {
	e := newEnv(t)
	v, err := e.vm.RunString(`new UDPSocket('127.0.0.1', 0)`)
	require.NoError(t, err)
	s, ok := webapi.StateOf[*sock](hiddenState, v)
	require.True(t, ok)
	real := s.t
	rec := &recordTransport{transport: real}
	s.t, s.state = rec, stateOpen
	require.NoError(t, e.vm.Set("s", v))
	_, err = e.vm.RunString(`
		const enc = new TextEncoder();
		const u8 = enc.encode('abc');
		for (let i = 0; i < 3; i++) s.send(u8);
		u8[0] = 0x78;
		s.send(u8);
		const mid = new Uint8Array(enc.encode('0123456789').buffer, 2, 3);
		s.send(mid); s.send(mid); s.send(mid);
		const ab = enc.encode('ab').buffer;
		s.send(ab); s.send(ab); s.send(ab);
		const odd = enc.encode('odd');
		Object.defineProperty(odd, 'byteOffset', { value: 1 });
		s.send(odd); s.send(odd); s.send(odd);
		s.send(u8); s.send(u8); s.send(u8);
		structuredClone(u8.buffer, { transfer: [u8.buffer] });
		s.send(u8);
		s.send(u8);`)
	require.NoError(t, err)
	require.Equal(t, []string{"abc", "abc", "abc", "xbc", "234", "234", "234", "ab", "ab", "ab",
		"odd", "odd", "odd", "xbc", "xbc", "xbc", "", ""}, rec.sent)
	s.t = real
	e.run("s.close()")
}

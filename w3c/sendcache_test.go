package w3c

import (
	"net"
	"strconv"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// TestRepeatedSendOfOneObject sends the same buffers and views again and
// again, as a script sending one message repeatedly does, and checks on a
// Go UDP socket that every datagram carries the object's bytes of the
// moment: after a change, for a view into the middle of a buffer, for a
// view whose buffer and byteOffset the script shadowed, and once its
// buffer is detached.
func TestRepeatedSendOfOneObject(t *testing.T) {
	sendsReach(t, `
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
			s.send(u8);
			s.close();`, []string{"abc", "abc", "abc", "xbc", "234", "234", "234", "ab", "ab", "ab",
		"odd", "odd", "odd", "xbc", "xbc", "xbc", "", ""})
}

// TestRepeatedSendOfText sends strings again and again, and values that
// send() converts to strings, and checks on a Go UDP socket that every
// datagram carries the UTF-8 of the value of the moment: the text
// remembered from the last send is only ever that very string's.
func TestRepeatedSendOfText(t *testing.T) {
	sendsReach(t, `
			let n = 0;
			const counter = { toString: () => 'n' + n++ };
			for (const v of ['hé', 'hé', 'x', 'hé', '\uD800', '\uD800', 42, 42, counter, counter, new String('hé'), 'h' + 'é'])
				s.send(v);
			s.close();`, []string{"hé", "hé", "x", "hé", "\uFFFD", "\uFFFD", "42", "42", "n0", "n1", "hé", "hé"})
}

// sendsReach runs onopen, the body of a UDPSocket's onopen handler (the
// socket is s, its peer a Go UDP socket), and checks that the peer
// receives the datagrams want, in order.
func sendsReach(t *testing.T, onopen string, want []string) {
	t.Helper()
	peer, err := net.ListenUDP("udp4", &net.UDPAddr{IP: net.IPv4(127, 0, 0, 1)})
	require.NoError(t, err)
	t.Cleanup(func() { peer.Close() })
	port := strconv.Itoa(peer.LocalAddr().(*net.UDPAddr).Port)
	e := newEnv(t)
	e.run(`
		const s = new UDPSocket('127.0.0.1', 0);
		s.setPeer('127.0.0.1', ` + port + `);
		s.onopen = () => {` + onopen + `};`)
	got := make([]string, 0, len(want))
	buf := make([]byte, 64)
	require.NoError(t, peer.SetReadDeadline(time.Now().Add(5*time.Second)))
	for range want {
		n, _, err := peer.ReadFromUDP(buf)
		require.NoError(t, err, "after %q", got)
		got = append(got, string(buf[:n]))
	}
	require.Equal(t, want, got)
}

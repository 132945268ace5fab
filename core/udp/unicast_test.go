package udp_test

import (
	"net/netip"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/core/udp"
)

// families are the unicast cases run for each address family: where the
// receiver binds, where the sender binds, and how the sender and destination
// then appear to the receiver.
var families = []struct {
	name       string
	recvBind   netip.Addr
	recvFamily udp.Family
	sendBind   netip.Addr
	to         netip.Addr // the address the sender sends to
	seenFrom   netip.Addr // the sender's address as the receiver reports it
	seenTo     netip.Addr // the destination as the receiver reports it
}{
	{"ipv4", lo4, udp.IPv4, lo4, lo4, lo4, lo4},
	{"ipv6", lo6, udp.IPv6, lo6, lo6, lo6, lo6},
	{"dual-stack receiving ipv4", netip.IPv6Unspecified(), udp.IPv6, lo4, lo4,
		netip.MustParseAddr("::ffff:127.0.0.1"), netip.MustParseAddr("::ffff:127.0.0.1")},
	{"ipv4 to a wildcard bind", netip.IPv4Unspecified(), udp.IPv4, lo4,
		netip.MustParseAddr("127.0.0.2"), lo4, netip.MustParseAddr("127.0.0.2")},
}

func TestUnicastReportsSenderDestinationAndInterface(t *testing.T) {
	for _, tc := range families {
		t.Run(tc.name, func(t *testing.T) {
			l := newLoop(t)
			recv, rr := open(t, l, udp.Config{Family: tc.recvFamily, Address: tc.recvBind})
			send, sr := open(t, l, udp.Config{Address: tc.sendBind})
			to := netip.AddrPortFrom(tc.to, localAddr(t, recv).Port())
			from := localAddr(t, send)

			rr.onMessage = func(udp.Message) {
				recv.Close()
				send.Close()
			}
			require.NoError(t, send.Send([]byte("hello"), to, nil))
			run(t, l)

			require.Len(t, rr.msgs, 1)
			m := rr.msgs[0]
			assert.Equal(t, "hello", string(m.Data))
			assert.Equal(t, netip.AddrPortFrom(tc.seenFrom, from.Port()), m.From)
			assert.Equal(t, tc.seenTo, m.To)
			assert.Equal(t, "lo", m.IfName)
			assert.Positive(t, m.IfIndex)
			assert.Equal(t, []string{"message", "close"}, rr.events)
			assert.Equal(t, []string{"drain", "close"}, sr.events, "a flush that empties the queue reports drain")
		})
	}
}

func TestSendBuffersGathersOneDatagramAndEmptyDatagramsArrive(t *testing.T) {
	l := newLoop(t)
	recv, rr := open(t, l, udp.Config{Address: lo4})
	send, _ := open(t, l, udp.Config{Address: lo4})
	to := localAddr(t, recv)
	rr.onMessage = func(udp.Message) {
		if len(rr.msgs) == 3 {
			recv.Close()
			send.Close()
		}
	}
	require.NoError(t, send.SendBuffers([][]byte{[]byte("ab"), nil, []byte("cd")}, to, nil))
	require.NoError(t, send.Send(nil, to, nil))
	require.NoError(t, send.SendBuffers(nil, to, nil))
	run(t, l)
	assert.Equal(t, []string{"abcd", "", ""}, rr.payloads())
}

func TestReceivedDataIsNeverReused(t *testing.T) {
	l := newLoop(t)
	recv, rr := open(t, l, udp.Config{Address: lo4})
	send, _ := open(t, l, udp.Config{Address: lo4})
	to := localAddr(t, recv)
	const n = 200
	rr.onMessage = func(udp.Message) {
		if len(rr.msgs) == n {
			recv.Close()
			send.Close()
		}
	}
	for i := range n {
		require.NoError(t, send.Send([]byte{byte(i), byte(i), byte(i)}, to, nil))
	}
	run(t, l)
	require.Len(t, rr.msgs, n)
	for i, m := range rr.msgs {
		require.Equal(t, []byte{byte(i), byte(i), byte(i)}, m.Data)
		require.Equal(t, 3, cap(m.Data), "a datagram must not reach into its neighbour's bytes")
	}
}

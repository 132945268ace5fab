package udp_test

import (
	"net/netip"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/nodeshim/nodeshim/core/udp"
)

const (
	slowDatagrams = 300
	slowSize      = 1000
)

var slowGroup = netip.MustParseAddr("239.3.3.3")

// slowPair opens a receiver joined to slowGroup on vd and a sender with a
// small send buffer whose multicast leaves through vc, the rate-limited
// interface, where its datagrams wait long enough to fill the buffer.
func slowPair(t *testing.T, l *loop.Loop) (send *udp.Socket, sr *recorder, recv *udp.Socket, rr *recorder, to netip.AddrPort) {
	t.Helper()
	recv, rr = open(t, l, udp.Config{RecvBufferSize: 1 << 20})
	require.NoError(t, recv.Join(udp.Membership{Group: slowGroup, Interface: udp.Interface{Name: "vd"}}))
	send, sr = open(t, l, udp.Config{Address: netip.MustParseAddr("10.78.0.1"), SendBufferSize: 4096})
	require.NoError(t, send.SetMulticastInterface(udp.Interface{Name: "vc"}))
	require.NoError(t, send.SetMulticastLoopback(false))
	return send, sr, recv, rr, netip.AddrPortFrom(slowGroup, localAddr(t, recv).Port())
}

// TestFullSendBufferQueuesThenDrains fills the kernel's send buffer: the
// rest of the datagrams wait in the socket's queue, go out as the socket
// becomes writable, complete in order, and drain is reported once.
func TestFullSendBufferQueuesThenDrains(t *testing.T) {
	enterNetns(t)
	l := newLoop(t)
	send, sr, recv, rr, to := slowPair(t, l)

	var completed []int
	maxQueued := 0
	for i := range slowDatagrams {
		b := make([]byte, slowSize)
		b[0], b[1] = byte(i>>8), byte(i)
		require.NoError(t, send.Send(b, to, func(err *sockerr.Error) {
			require.Nil(t, err)
			completed = append(completed, i)
			maxQueued = max(maxQueued, send.SendQueueCount())
		}))
	}
	assert.Equal(t, slowDatagrams*slowSize, send.SendQueueSize())
	rr.onMessage = func(udp.Message) {
		if len(rr.msgs) == slowDatagrams {
			recv.Close()
			send.Close()
		}
	}
	run(t, l)

	require.Len(t, completed, slowDatagrams)
	for i, c := range completed {
		require.Equal(t, i, c)
	}
	assert.Greater(t, maxQueued, slowDatagrams/2, "the kernel must have refused most of the first batch")
	require.Len(t, rr.msgs, slowDatagrams)
	for i, m := range rr.msgs {
		require.Equal(t, []byte{byte(i >> 8), byte(i)}, m.Data[:2])
	}
	assert.Equal(t, 1, sr.drains)
	assert.Equal(t, "close", sr.events[len(sr.events)-1])
}

// TestCloseCancelsWhatTheKernelWillNotTake closes a socket whose queue the
// kernel cannot take: the sends left are completed with ECANCELED, in order,
// before the close event, and drain is never reported.
func TestCloseCancelsWhatTheKernelWillNotTake(t *testing.T) {
	enterNetns(t)
	l := newLoop(t)
	send, sr, recv, _, to := slowPair(t, l)

	var outcomes []*sockerr.Error
	for range slowDatagrams {
		require.NoError(t, send.Send(make([]byte, slowSize), to, func(err *sockerr.Error) {
			if len(outcomes) == 0 {
				send.Close()
				recv.Close()
			}
			outcomes = append(outcomes, err)
		}))
	}
	sr.onMessage = func(udp.Message) { t.Error("the sender receives nothing") }
	run(t, l)

	require.Len(t, outcomes, slowDatagrams)
	sent := 0
	for sent < len(outcomes) && outcomes[sent] == nil {
		sent++
	}
	assert.Less(t, sent, slowDatagrams/2)
	for _, err := range outcomes[sent:] {
		se := requireCode(t, err, "ECANCELED", "send")
		assert.Equal(t, to.Addr().String(), se.Address)
	}
	assert.Zero(t, sr.drains)
	assert.Equal(t, []string{"close"}, sr.events)
	assert.Zero(t, send.SendQueueSize())
}

func TestMulticastErrorsAreNodes(t *testing.T) {
	enterNetns(t)
	l := newLoop(t)
	s4, _ := open(t, l, udp.Config{})
	s6, _ := open(t, l, udp.Config{Family: udp.IPv6, IPv6Only: true})
	group := netip.MustParseAddr("239.4.4.4")
	vb := udp.Interface{Name: "vb"}
	require.NoError(t, s4.Join(udp.Membership{Group: group, Interface: vb}))
	cases := []struct {
		name     string
		err      error
		code, op string
	}{
		{"not a multicast group", s4.Join(udp.Membership{Group: netip.MustParseAddr("10.1.2.3"), Interface: vb}),
			"EINVAL", "addMembership"},
		{"joined twice", s4.Join(udp.Membership{Group: group, Interface: vb}), "EADDRINUSE", "addMembership"},
		{"never joined", s4.Leave(udp.Membership{Group: netip.MustParseAddr("239.4.4.5"), Interface: vb}),
			"EADDRNOTAVAIL", "dropMembership"},
		{"ipv6 group on an ipv4 socket", s4.Join(udp.Membership{Group: netip.MustParseAddr("ff15::1"), Interface: vb}),
			"ENOPROTOOPT", "addMembership"},
		{"unknown interface", s4.Join(udp.Membership{Group: group, Interface: udp.Interface{Name: "nosuch0"}}),
			"ENODEV", "addMembership"},
		{"interface address not local", s4.Join(udp.Membership{Group: group, Interface: udp.ParseInterface("10.99.0.1")}),
			"ENODEV", "addMembership"},
		{"source of the other family", s4.Join(udp.Membership{Group: group, Source: va6, Interface: vb}),
			"EINVAL", "addSourceSpecificMembership"},
		{"source-specific leave never joined", s6.Leave(udp.Membership{Group: netip.MustParseAddr("ff3e::1"), Source: va6, Interface: vb}),
			"EINVAL", "dropSourceSpecificMembership"}, // the kernel's answer for IPv6
		{"outgoing interface address not local", s4.SetMulticastInterface(udp.ParseInterface("10.99.0.1")),
			"EADDRNOTAVAIL", "setMulticastInterface"},
		{"outgoing interface of the other family", s4.SetMulticastInterface(udp.ParseInterface("fd77::2")),
			"EINVAL", "setMulticastInterface"},
		{"outgoing interface unknown", s6.SetMulticastInterface(udp.ParseInterface("::%nosuch0")),
			"ENODEV", "setMulticastInterface"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			se := requireCode(t, tc.err, tc.code, tc.op)
			assert.Equal(t, tc.op+" "+tc.code, se.Error())
		})
	}
	assert.Len(t, s4.Memberships(), 1, "failed joins are not recorded")
	require.NoError(t, s4.SetMulticastInterface(udp.ParseInterface("10.77.0.1")))
	require.NoError(t, s4.SetMulticastInterface(udp.ParseInterface("0.0.0.0")))
	require.NoError(t, s6.SetMulticastInterface(udp.ParseInterface("::%vb")))
	require.NoError(t, s6.SetMulticastInterface(udp.ParseInterface("::")))
	s4.Close()
	s6.Close()
	run(t, l)
}

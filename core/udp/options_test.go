package udp_test

import (
	"net/netip"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/nodeshim/nodeshim/core/udp"
)

func TestOptionsReadBackWhatWasSet(t *testing.T) {
	for _, cfg := range []udp.Config{
		{Address: lo4},
		{Address: lo6},
		{Family: udp.IPv6},                 // dual-stack: IPv4-level options are set too
		{Family: udp.IPv6, IPv6Only: true}, // IPv6 only
	} {
		t.Run(cfg.Address.String()+map[bool]string{true: " v6only"}[cfg.IPv6Only], func(t *testing.T) {
			l := newLoop(t)
			s, _ := open(t, l, cfg)
			defer run(t, l)
			defer s.Close()

			ttl, err := s.TTL()
			require.NoError(t, err)
			assert.Equal(t, 64, ttl, "the kernel's default")
			mttl, err := s.MulticastTTL()
			require.NoError(t, err)
			assert.Equal(t, 1, mttl)
			loop, err := s.MulticastLoopback()
			require.NoError(t, err)
			assert.True(t, loop)
			bcast, err := s.Broadcast()
			require.NoError(t, err)
			assert.False(t, bcast, "no SO_BROADCAST unless asked, unlike Go's net")

			require.NoError(t, s.SetTTL(7))
			require.NoError(t, s.SetMulticastTTL(0))
			require.NoError(t, s.SetMulticastLoopback(false))
			require.NoError(t, s.SetBroadcast(true))
			require.NoError(t, s.SetRecvBufferSize(50000))
			require.NoError(t, s.SetSendBufferSize(40000))

			ttl, _ = s.TTL()
			mttl, _ = s.MulticastTTL()
			loop, _ = s.MulticastLoopback()
			bcast, _ = s.Broadcast()
			rbuf, err := s.RecvBufferSize()
			require.NoError(t, err)
			sbuf, err := s.SendBufferSize()
			require.NoError(t, err)
			assert.Equal(t, []any{7, 0, false, true, 100000, 80000}, []any{ttl, mttl, loop, bcast, rbuf, sbuf})
		})
	}
}

func TestOptionRangesAreNodes(t *testing.T) {
	l := newLoop(t)
	s, _ := open(t, l, udp.Config{Address: lo4})
	cases := []struct {
		err     error
		syscall string
	}{
		{s.SetTTL(0), "setTTL"},
		{s.SetTTL(256), "setTTL"},
		{s.SetMulticastTTL(-1), "setMulticastTTL"},
		{s.SetMulticastTTL(256), "setMulticastTTL"},
		{s.SetRecvBufferSize(0), "uv_recv_buffer_size"},
		{s.SetSendBufferSize(-1), "uv_send_buffer_size"},
	}
	for _, tc := range cases {
		se := requireCode(t, tc.err, "EINVAL", tc.syscall)
		assert.Equal(t, tc.syscall+" EINVAL", se.Error())
		assert.Equal(t, -22, se.Errno)
	}
	require.NoError(t, s.SetTTL(255))
	require.NoError(t, s.SetMulticastTTL(255))
	s.Close()
	run(t, l)
}

func TestConfigAppliesBroadcastAndBufferSizes(t *testing.T) {
	l := newLoop(t)
	s, _ := open(t, l, udp.Config{Address: lo4, Broadcast: true, RecvBufferSize: 30000, SendBufferSize: 20000})
	bcast, _ := s.Broadcast()
	rbuf, _ := s.RecvBufferSize()
	sbuf, _ := s.SendBufferSize()
	assert.Equal(t, []any{true, 60000, 40000}, []any{bcast, rbuf, sbuf})
	s.Close()
	run(t, l)
}

func TestBroadcastNeedsSO_BROADCAST(t *testing.T) {
	l := newLoop(t)
	recv, rr := open(t, l, udp.Config{Port: freePort(t, l, netip.IPv4Unspecified())})
	send, _ := open(t, l, udp.Config{Address: lo4})
	to := netip.AddrPortFrom(netip.MustParseAddr("127.255.255.255"), localAddr(t, recv).Port())
	var refused *sockerr.Error
	require.NoError(t, send.Send([]byte("refused"), to, func(err *sockerr.Error) {
		refused = err
		require.NoError(t, send.SetBroadcast(true))
		require.NoError(t, send.Send([]byte("allowed"), to, nil))
	}))
	rr.onMessage = func(udp.Message) {
		recv.Close()
		send.Close()
	}
	run(t, l)
	requireCode(t, refused, "EACCES", "send")
	require.Equal(t, []string{"allowed"}, rr.payloads())
	assert.Equal(t, netip.MustParseAddr("127.255.255.255"), rr.msgs[0].To, "pktinfo shows the broadcast destination")
}

func TestRefAndUnref(t *testing.T) {
	l := newLoop(t)
	s, r := open(t, l, udp.Config{Address: lo4})
	assert.True(t, s.HasRef())
	s.Unref()
	assert.False(t, s.HasRef())
	run(t, l) // returns at once: nothing keeps the loop alive
	assert.False(t, s.Closed())
	s.Ref()
	assert.True(t, l.Alive())
	l.NewImmediate(s.Close)
	run(t, l)
	assert.False(t, l.Alive())
	assert.Equal(t, []string{"close"}, r.events)
}

package udp_test

import (
	"fmt"
	"net/netip"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/nodeshim/nodeshim/core/udp"
)

func TestOversizeDatagramIsEMSGSIZEAndTheSocketStaysOpen(t *testing.T) {
	for _, addr := range []netip.Addr{lo4, lo6} {
		t.Run(addr.String(), func(t *testing.T) {
			l := newLoop(t)
			recv, rr := open(t, l, udp.Config{Address: addr})
			send, sr := open(t, l, udp.Config{Address: addr})
			to := localAddr(t, recv)
			big := make([]byte, 70000)

			var viaCallback *sockerr.Error
			require.NoError(t, send.Send([]byte("before"), to, nil))
			require.NoError(t, send.Send(big, to, func(err *sockerr.Error) { viaCallback = err }))
			require.NoError(t, send.Send(big, to, nil)) // no callback: reported by OnError
			require.NoError(t, send.Send([]byte("after"), to, nil))
			rr.onMessage = func(udp.Message) {
				if len(rr.msgs) == 2 {
					recv.Close()
					send.Close()
				}
			}
			run(t, l)

			assert.Equal(t, []string{"before", "after"}, rr.payloads())
			se := requireCode(t, viaCallback, "EMSGSIZE", "send")
			assert.Equal(t, fmt.Sprintf("send EMSGSIZE %s:%d", addr, to.Port()), se.Error())
			assert.Equal(t, addr.String(), se.Address)
			assert.Equal(t, int(to.Port()), se.Port)
			require.Len(t, sr.errs, 1)
			requireCode(t, sr.errs[0], "EMSGSIZE", "send")
			assert.Equal(t, []string{"error", "drain", "close"}, sr.events)
		})
	}
}

func TestWrongFamilyDestinationFailsThatSendOnly(t *testing.T) {
	l := newLoop(t)
	s, r := open(t, l, udp.Config{Address: lo4})
	var got *sockerr.Error
	require.NoError(t, s.Send([]byte("x"), netip.AddrPortFrom(lo6, 9), func(err *sockerr.Error) { got = err }))
	require.NoError(t, s.Send([]byte("y"), localAddr(t, s), nil))
	r.onMessage = func(udp.Message) { s.Close() }
	run(t, l)
	se := requireCode(t, got, "EINVAL", "send")
	assert.Equal(t, "send EINVAL ::1:9", se.Error())
	assert.Equal(t, []string{"y"}, r.payloads())
}

func TestBindErrors(t *testing.T) {
	l := newLoop(t)
	taken, _ := open(t, l, udp.Config{Address: lo4})
	port := int(localAddr(t, taken).Port())
	cases := []struct {
		name string
		cfg  udp.Config
		code string
		msg  string
	}{
		{"address in use", udp.Config{Address: lo4, Port: port}, "EADDRINUSE",
			fmt.Sprintf("bind EADDRINUSE 127.0.0.1:%d", port)},
		{"address not local", udp.Config{Address: netip.MustParseAddr("192.0.2.1")}, "EADDRNOTAVAIL",
			"bind EADDRNOTAVAIL 192.0.2.1"},
		{"ipv4 address on an ipv6 socket", udp.Config{Family: udp.IPv6, Address: lo4}, "EINVAL",
			"bind EINVAL 127.0.0.1"},
		{"port out of range", udp.Config{Address: lo4, Port: 70000}, "EINVAL", "bind EINVAL 127.0.0.1:70000"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, err := udp.Open(l, tc.cfg, udp.Handler{})
			assert.Nil(t, s)
			se := requireCode(t, err, tc.code, "bind")
			assert.Equal(t, tc.msg, se.Error())
		})
	}
	taken.Close()
	run(t, l)
}

func TestReuseAddrLetsTwoSocketsShareAPort(t *testing.T) {
	for _, cfg := range []udp.Config{{ReuseAddr: true}, {ReusePort: true}} {
		l := newLoop(t)
		cfg.Address = lo4
		first, _ := open(t, l, cfg)
		cfg.Port = int(localAddr(t, first).Port())
		second, _ := open(t, l, cfg)
		assert.Equal(t, localAddr(t, first), localAddr(t, second))
		first.Close()
		second.Close()
		run(t, l)
	}
}

func TestOperationsOnAClosedSocketAreEBADF(t *testing.T) {
	l := newLoop(t)
	s, r := open(t, l, udp.Config{Address: lo4})
	s.Close()
	s.Close() // no second close event
	assert.True(t, s.Closed())
	calls := map[string]func() error{
		"send":                  func() error { return s.Send([]byte("x"), netip.AddrPortFrom(lo4, 9), nil) },
		"setTTL":                func() error { return s.SetTTL(3) },
		"setMulticastTTL":       func() error { return s.SetMulticastTTL(3) },
		"setMulticastLoopback":  func() error { return s.SetMulticastLoopback(false) },
		"setBroadcast":          func() error { return s.SetBroadcast(true) },
		"setMulticastInterface": func() error { return s.SetMulticastInterface(udp.Interface{}) },
		"addMembership":         func() error { return s.Join(udp.Membership{Group: netip.MustParseAddr("239.1.1.1")}) },
		"uv_recv_buffer_size":   func() error { return s.SetRecvBufferSize(1 << 16) },
		"getsockname":           func() error { _, err := s.LocalAddr(); return err },
		"getTTL":                func() error { _, err := s.TTL(); return err },
	}
	for syscall, call := range calls {
		requireCode(t, call(), "EBADF", syscall)
	}
	run(t, l)
	assert.Equal(t, []string{"close"}, r.events)
}

func TestSendIsNeverCompletedInsideSend(t *testing.T) {
	l := newLoop(t)
	s, _ := open(t, l, udp.Config{Address: lo4})
	returned, calledEarly := false, false
	require.NoError(t, s.Send([]byte("x"), localAddr(t, s), func(err *sockerr.Error) {
		calledEarly = !returned
		assert.Nil(t, err)
		s.Close()
	}))
	returned = true
	assert.Equal(t, 1, s.SendQueueCount())
	assert.Equal(t, 1, s.SendQueueSize())
	run(t, l)
	assert.False(t, calledEarly)
	assert.Zero(t, s.SendQueueCount())
}

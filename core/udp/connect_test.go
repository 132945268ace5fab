package udp_test

import (
	"net/netip"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/nodeshim/nodeshim/core/udp"
)

func TestConnectFiltersSendersAndDisconnectReopens(t *testing.T) {
	for _, addr := range []netip.Addr{lo4, lo6} {
		t.Run(addr.String(), func(t *testing.T) {
			l := newLoop(t)
			// An explicit port: disconnecting a socket bound to port 0 loses it.
			recv, rr := open(t, l, udp.Config{Address: addr, Port: freePort(t, l, addr)})
			peer, pr := open(t, l, udp.Config{Address: addr})
			other, _ := open(t, l, udp.Config{Address: addr})
			recvAddr := localAddr(t, recv)

			require.NoError(t, recv.Connect(localAddr(t, peer)))
			assert.Equal(t, localAddr(t, peer), recv.RemoteAddr())

			// other's datagram goes out first and must be filtered; peer's
			// arrives. Once it has, disconnect and hear from other.
			var outcomes []*sockerr.Error
			record := func(err *sockerr.Error) { outcomes = append(outcomes, err) }
			require.NoError(t, other.Send([]byte("filtered"), recvAddr, func(err *sockerr.Error) {
				record(err)
				require.NoError(t, peer.Send([]byte("from peer"), recvAddr, record))
			}))
			rr.onMessage = func(m udp.Message) {
				switch string(m.Data) {
				case "from peer":
					require.NoError(t, recv.Disconnect())
					assert.False(t, recv.RemoteAddr().IsValid())
					require.NoError(t, other.Send([]byte("after disconnect"), recvAddr, record))
				case "after disconnect":
					// Connected sends need no address, and refuse one.
					require.NoError(t, recv.Connect(localAddr(t, peer)))
					require.NoError(t, recv.Send([]byte("reply"), netip.AddrPort{}, record))
					require.NoError(t, recv.Send([]byte("x"), localAddr(t, other), record))
				}
			}
			pr.onMessage = func(udp.Message) {
				recv.Close()
				peer.Close()
				other.Close()
			}
			run(t, l)

			assert.Equal(t, []string{"from peer", "after disconnect"}, rr.payloads())
			assert.Equal(t, []string{"reply"}, pr.payloads())
			require.Len(t, outcomes, 5)
			for _, err := range outcomes[:4] {
				assert.Nil(t, err)
			}
			requireCode(t, outcomes[4], "EISCONN", "send")
		})
	}
}

func TestDatagramsQueuedBeforeDisconnectStillGoOut(t *testing.T) {
	l := newLoop(t)
	recv, rr := open(t, l, udp.Config{Address: lo4})
	sender, _ := open(t, l, udp.Config{Address: lo4})
	require.NoError(t, sender.Connect(localAddr(t, recv)))
	require.NoError(t, sender.Send([]byte("queued while connected"), netip.AddrPort{}, nil))
	require.NoError(t, sender.Disconnect())
	rr.onMessage = func(udp.Message) {
		recv.Close()
		sender.Close()
	}
	run(t, l)
	assert.Equal(t, []string{"queued while connected"}, rr.payloads())
}

func TestSendWithoutAddressOnUnconnectedSocket(t *testing.T) {
	l := newLoop(t)
	s, r := open(t, l, udp.Config{Address: lo4})
	var got *sockerr.Error
	require.NoError(t, s.Send([]byte("x"), netip.AddrPort{}, func(err *sockerr.Error) {
		got = err
		s.Close()
	}))
	run(t, l)
	requireCode(t, got, "EDESTADDRREQ", "send")
	assert.Equal(t, "send EDESTADDRREQ", got.Error())
	assert.Equal(t, []string{"close"}, r.events)
}

func TestConnectErrors(t *testing.T) {
	l := newLoop(t)
	s, _ := open(t, l, udp.Config{Address: lo4})
	err := s.Connect(netip.AddrPortFrom(lo6, 9))
	requireCode(t, err, "EINVAL", "connect")
	assert.Equal(t, "connect EINVAL ::1:9", err.Error())
	s.Close()
	requireCode(t, s.Connect(netip.AddrPortFrom(lo4, 9)), "EBADF", "connect")
	requireCode(t, s.Disconnect(), "EBADF", "connect")
	run(t, l)
}

func TestConnectedSocketHearsThatItsPeerIsNotListening(t *testing.T) {
	for _, paused := range []bool{false, true} {
		t.Run(map[bool]string{false: "reading", true: "paused"}[paused], func(t *testing.T) {
			l := newLoop(t)
			s, r := open(t, l, udp.Config{Address: lo4})
			require.NoError(t, s.Connect(netip.AddrPortFrom(lo4, uint16(freePort(t, l, lo4)))))
			if paused { // the error arrives as EPOLLERR without a read
				s.Pause()
			}
			var sent *sockerr.Error
			require.NoError(t, s.Send([]byte("x"), netip.AddrPort{}, func(err *sockerr.Error) { sent = err }))
			r.onMessage = func(udp.Message) { t.Error("nothing to receive") }
			after(l, 50*time.Millisecond, s.Close)
			run(t, l)
			assert.Nil(t, sent)
			require.Len(t, r.errs, 1, "events: %v", r.events)
			se := requireCode(t, r.errs[0], "ECONNREFUSED", "recvmsg")
			assert.Equal(t, "recvmsg ECONNREFUSED", se.Error())
			assert.Equal(t, []string{"drain", "error", "close"}, r.events)
		})
	}
}

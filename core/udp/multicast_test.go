package udp_test

import (
	"net"
	"net/netip"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/nodeshim/nodeshim/core/udp"
)

// Addresses of the test namespace (see netns_linux_test.go).
var (
	va4, va4b, vb4 = netip.MustParseAddr("10.77.0.1"), netip.MustParseAddr("10.77.0.3"), netip.MustParseAddr("10.77.0.2")
	va6, va6b, vb6 = netip.MustParseAddr("fd77::1"), netip.MustParseAddr("fd77::3"), netip.MustParseAddr("fd77::2")
)

// ifIndex returns the index of a test interface; the caller is in the namespace.
func ifIndex(t *testing.T, name string) int {
	t.Helper()
	ifi, err := net.InterfaceByName(name)
	require.NoError(t, err)
	return ifi.Index
}

// mcastSender opens a socket bound to addr that sends multicast out of va
// without looping it back.
func mcastSender(t *testing.T, l *loop.Loop, addr netip.Addr) *udp.Socket {
	t.Helper()
	s, _ := open(t, l, udp.Config{Address: addr})
	require.NoError(t, s.SetMulticastInterface(udp.Interface{Name: "va"}))
	require.NoError(t, s.SetMulticastLoopback(false))
	return s
}

// chain sends each datagram once the previous one has been handed to the kernel.
func chain(t *testing.T, sends ...func(done func(*sockerr.Error)) error) {
	if len(sends) == 0 {
		return
	}
	require.NoError(t, sends[0](func(err *sockerr.Error) {
		require.Nil(t, err)
		chain(t, sends[1:]...)
	}))
}

// sendTo returns a chain step sending payload from s to to.
func sendTo(s *udp.Socket, payload string, to netip.AddrPort) func(func(*sockerr.Error)) error {
	return func(done func(*sockerr.Error)) error { return s.Send([]byte(payload), to, done) }
}

// TestMulticastJoinReceiveLeave joins a group on vb, hears a datagram sent out
// of va, leaves, and hears nothing more; source-specific memberships hear only
// their source. A unicast marker after each phase shows the receiver has read
// everything that came before it.
func TestMulticastJoinReceiveLeave(t *testing.T) {
	enterNetns(t)
	vb := ifIndex(t, "vb")
	mapped := func(a netip.Addr) netip.Addr { return netip.AddrFrom16(a.As16()) }
	cases := []struct {
		name          string
		family        udp.Family
		group, source netip.Addr // source invalid: any-source
		ifc           udp.Interface
		sender, other netip.Addr // other is a second local source
		marker        netip.Addr // the receiver's unicast address
		seenFrom      netip.Addr // sender as the receiver sees it
		seenGroup     netip.Addr
	}{
		{name: "ipv4 any-source, interface by name", family: udp.IPv4,
			group: netip.MustParseAddr("239.1.2.3"), ifc: udp.Interface{Name: "vb"}},
		{name: "ipv4 any-source, interface by address", family: udp.IPv4,
			group: netip.MustParseAddr("239.1.2.4"), ifc: udp.Interface{Addr: vb4}},
		{name: "ipv4 source-specific, interface by address", family: udp.IPv4,
			group: netip.MustParseAddr("232.1.2.3"), source: va4, ifc: udp.Interface{Addr: vb4}},
		{name: "ipv4 source-specific, interface by name", family: udp.IPv4,
			group: netip.MustParseAddr("232.1.2.4"), source: va4, ifc: udp.Interface{Name: "vb"}},
		{name: "ipv6 any-source, interface by name", family: udp.IPv6,
			group: netip.MustParseAddr("ff15::1:2:3"), ifc: udp.Interface{Name: "vb"}},
		{name: "ipv6 any-source, interface by index", family: udp.IPv6,
			group: netip.MustParseAddr("ff15::1:2:4"), ifc: udp.Interface{Index: vb}},
		{name: "ipv6 source-specific, interface by name", family: udp.IPv6,
			group: netip.MustParseAddr("ff3e::8000:1"), source: va6, ifc: udp.Interface{Name: "vb"}},
		{name: "ipv6 source-specific, interface by index", family: udp.IPv6,
			group: netip.MustParseAddr("ff3e::8000:2"), source: va6, ifc: udp.Interface{Index: vb}},
	}
	for i := range cases {
		tc := &cases[i]
		if tc.family == udp.IPv4 {
			tc.sender, tc.other, tc.marker, tc.seenFrom, tc.seenGroup = va4, va4b, vb4, va4, tc.group
		} else {
			tc.sender, tc.other, tc.marker, tc.seenFrom, tc.seenGroup = va6, va6b, vb6, va6, tc.group
		}
	}
	// A W3C UDPSocket bound to "::" joining an IPv4 group.
	cases = append(cases, struct {
		name          string
		family        udp.Family
		group, source netip.Addr
		ifc           udp.Interface
		sender, other netip.Addr
		marker        netip.Addr
		seenFrom      netip.Addr
		seenGroup     netip.Addr
	}{name: "dual-stack ipv6 socket, ipv4 group", family: udp.IPv6,
		group: netip.MustParseAddr("239.1.2.5"), ifc: udp.Interface{Name: "vb"},
		sender: va4, other: va4b, marker: mapped(vb4), seenFrom: mapped(va4),
		seenGroup: mapped(netip.MustParseAddr("239.1.2.5"))})

	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			enterNetns(t) // each subtest runs on a goroutine of its own
			l := newLoop(t)
			recv, rr := open(t, l, udp.Config{Family: tc.family, ReuseAddr: true})
			port := localAddr(t, recv).Port()
			m := udp.Membership{Group: tc.group, Source: tc.source, Interface: tc.ifc}
			require.NoError(t, recv.Join(m))
			assert.Equal(t, []udp.Membership{m}, recv.Memberships())
			sender := mcastSender(t, l, tc.sender)
			other := mcastSender(t, l, tc.other)
			senderAddr := localAddr(t, sender)
			group := netip.AddrPortFrom(tc.group, port)
			marker := netip.AddrPortFrom(tc.marker.Unmap(), port)

			received := map[string]bool{}
			phase1 := []string{"one", "m1"}
			if !tc.source.IsValid() {
				phase1 = append(phase1, "from other")
			}
			rr.onMessage = func(msg udp.Message) {
				received[string(msg.Data)] = true
				switch {
				case string(msg.Data) == "m2":
					after(l, 30*time.Millisecond, func() {
						recv.Close()
						sender.Close()
						other.Close()
					})
				case len(received) == len(phase1):
					require.NoError(t, recv.Leave(m))
					assert.Empty(t, recv.Memberships())
					chain(t, sendTo(sender, "two", group), sendTo(sender, "m2", marker))
				}
			}
			chain(t, sendTo(other, "from other", group), sendTo(sender, "one", group), sendTo(sender, "m1", marker))
			run(t, l)

			assert.ElementsMatch(t, append(phase1, "m2"), rr.payloads())
			var one udp.Message
			for _, msg := range rr.msgs {
				if string(msg.Data) == "one" {
					one = msg
				}
			}
			assert.Equal(t, netip.AddrPortFrom(tc.seenFrom, senderAddr.Port()), one.From)
			assert.Equal(t, tc.seenGroup, one.To, "the destination is the group")
			assert.Equal(t, "vb", one.IfName)
			assert.Equal(t, vb, one.IfIndex)
		})
	}
}

// TestMulticastReportsTheReceivingInterface joins one group on both veth ends
// with loopback on: the looped-back copy arrives on va, the other on vb.
func TestMulticastReportsTheReceivingInterface(t *testing.T) {
	enterNetns(t)
	for _, tc := range []struct {
		family        udp.Family
		group, sender netip.Addr
	}{
		{udp.IPv4, netip.MustParseAddr("239.2.2.2"), va4},
		{udp.IPv6, netip.MustParseAddr("ff15::2:2:2"), va6},
	} {
		t.Run(tc.group.String(), func(t *testing.T) {
			enterNetns(t)
			l := newLoop(t)
			recv, rr := open(t, l, udp.Config{Family: tc.family})
			for _, name := range []string{"va", "vb"} {
				require.NoError(t, recv.Join(udp.Membership{Group: tc.group, Interface: udp.Interface{Name: name}}))
			}
			send, _ := open(t, l, udp.Config{Address: tc.sender})
			require.NoError(t, send.SetMulticastInterface(udp.ParseInterface("::%va")))
			rr.onMessage = func(udp.Message) {
				if len(rr.msgs) == 2 {
					recv.Close()
					send.Close()
				}
			}
			require.NoError(t, send.Send([]byte("hi"), netip.AddrPortFrom(tc.group, localAddr(t, recv).Port()), nil))
			run(t, l)
			var ifaces []string
			for _, m := range rr.msgs {
				ifaces = append(ifaces, m.IfName)
				assert.Equal(t, tc.group, m.To)
				assert.Equal(t, ifIndex(t, m.IfName), m.IfIndex)
			}
			assert.ElementsMatch(t, []string{"va", "vb"}, ifaces)
		})
	}
}

// TestLinkLocalAddressesCarryTheirInterface sends from va's link-local
// address to a link-local group whose zone picks the outgoing interface; the
// receiver sees the sender with the zone of the interface it arrived on.
func TestLinkLocalAddressesCarryTheirInterface(t *testing.T) {
	enterNetns(t)
	l := newLoop(t)
	var vaLink netip.Addr
	ifi, err := net.InterfaceByName("va")
	require.NoError(t, err)
	addrs, err := ifi.Addrs()
	require.NoError(t, err)
	for _, a := range addrs {
		if p, err := netip.ParsePrefix(a.String()); err == nil && p.Addr().IsLinkLocalUnicast() {
			vaLink = p.Addr()
		}
	}
	require.True(t, vaLink.IsValid(), "va has a link-local address")
	group := netip.MustParseAddr("ff12::9")

	recv, rr := open(t, l, udp.Config{Family: udp.IPv6})
	require.NoError(t, recv.Join(udp.Membership{Group: group, Interface: udp.Interface{Name: "vb"}}))
	send, sr := open(t, l, udp.Config{Address: vaLink.WithZone("va")})
	require.NoError(t, send.SetMulticastLoopback(false))
	port := localAddr(t, recv).Port()
	rr.onMessage = func(udp.Message) {
		recv.Close()
		send.Close()
	}
	require.NoError(t, send.Send([]byte("x"), netip.AddrPortFrom(group.WithZone("va"), port), nil))
	require.NoError(t, send.Send([]byte("y"), netip.AddrPortFrom(group.WithZone("nosuch0"), port), nil))
	run(t, l)

	require.Len(t, rr.msgs, 1)
	assert.Equal(t, vaLink.WithZone("vb"), rr.msgs[0].From.Addr())
	assert.Equal(t, group, rr.msgs[0].To)
	require.Len(t, sr.errs, 1, "an unknown zone fails its send only")
	requireCode(t, sr.errs[0], "EINVAL", "send")
}

package w3c

import (
	"net/netip"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/nodeshim/nodeshim/core/udp"
	"github.com/nodeshim/nodeshim/internal/webapi"
)

// udpSock is the Go side of a UDPSocket, over a core/udp socket.
type udpSock struct {
	s  *sock
	r  *realm
	u  *udp.Socket // nil when binding failed
	op udpOptions

	localAP netip.AddrPort // the bound end, read once bound
	peer    netip.AddrPort // setPeer's resolved peer
	peerStr string         // setPeer's peer as the script gave it
	opened  bool           // open has been fired
	out     outbox         // datagrams waiting for a name lookup
}

// newUDPSocketClass builds UDPSocket:
//
//	new UDPSocket([localAddress], [localPort], [options])
//	new UDPSocket(options) // the proposal's form: localAddress, localPort,
//	                       // remoteAddress and remotePort among the options
func (r *realm) newUDPSocketClass() *webapi.Class {
	vm := r.vm
	c := webapi.NewClass(vm, "UDPSocket", 0, r.socket, func(this *goja.Object, args []goja.Value) {
		webapi.InitEventTarget(vm, this)
		r.openUDP(this, args)
	})
	self := func(call goja.FunctionCall) *udpSock {
		if s, ok := webapi.StateOf[*sock](hiddenState, call.This); ok {
			if u, ok := s.t.(*udpSock); ok {
				return u
			}
		}
		panic(r.illegal())
	}
	c.Accessor("ttl", func(call goja.FunctionCall) goja.Value { return vm.ToValue(self(call).ttl()) }, nil)
	c.Accessor("joinedGroups", func(call goja.FunctionCall) goja.Value { return self(call).joinedGroups() }, nil)
	c.Method("setPeer", 2, func(call goja.FunctionCall) goja.Value {
		self(call).setPeer(call.Arguments)
		return goja.Undefined()
	})
	join := func(call goja.FunctionCall) goja.Value {
		self(call).membership(executing("addMulticastMembership", "UDPSocket"), call.Arguments, true)
		return goja.Undefined()
	}
	leave := func(call goja.FunctionCall) goja.Value {
		self(call).membership(executing("dropMulticastMembership", "UDPSocket"), call.Arguments, false)
		return goja.Undefined()
	}
	c.Method("addMulticastMembership", 1, join)
	c.Method("dropMulticastMembership", 1, leave)
	for _, name := range []string{"MulticastMembership", "joinMulticast", "joinMulticastGroup"} {
		c.Method(name, 1, join)
	}
	for _, name := range []string{"leaveMulticast", "leaveMulticastGroup"} {
		c.Method(name, 1, leave)
	}
	return c
}

// openUDP binds the socket, which is OPEN (or, when binding failed,
// CLOSED) from then on: as the contract and the proposal say, a UDPSocket
// goes straight to OPEN when bound and never shows CONNECTING. The open
// event (or error then close) still follows from a loop task.
func (r *realm) openUDP(this *goja.Object, args []goja.Value) {
	c := constructing("UDPSocket")
	u := &udpSock{r: r}
	s := r.newSock(this, "UDPSocket", u)
	u.s = s
	remoteHost, remotePort := u.op.parse(r, c, args)
	s.binary, s.hwm = u.op.binary, u.op.hwm
	sock, err := udp.Open(r.loop, u.op.cfg, udp.Handler{
		OnMessage: u.onMessage,
		OnError:   u.onError,
		OnDrain:   u.onDrain,
		OnClose:   u.onClose,
	})
	if err == nil {
		u.u = sock
		u.localAP, _ = sock.LocalAddr()
		err = u.op.apply(sock)
		if err != nil {
			sock.Close()
			u.u = nil
		}
	}
	if err != nil {
		s.state = stateClosed
		r.loop.Post(func() {
			s.fireError(err)
			s.fireClose(false, failReason(err))
		})
		return
	}
	s.state = stateOpen
	if remoteHost != "" {
		u.connect(remoteHost, remotePort)
	}
	r.loop.Post(u.open)
}

// open fires open, unless it already has been (a datagram that arrived
// first fires it) or the socket was closed meanwhile.
func (u *udpSock) open() {
	if u.opened || u.closed() {
		return
	}
	u.opened = true
	u.s.target.Fire("open")
}

func (u *udpSock) onMessage(m udp.Message) {
	u.open()
	s := u.s
	if u.peer.IsValid() && m.From != u.peer || !s.messages.Listened() {
		return // only the peer's datagrams arrive
	}
	fireMessage(s, &u.r.datagramStates, u.r.udpMessageEvent.Proto, udpData{
		messageData: messageData{data: u.r.messageValue(s, m.Data)},
		from:        m.From,
		to:          m.To,
		ifName:      m.IfName,
	}, len(m.Data))
}

func (u *udpSock) onError(err *sockerr.Error) {
	u.open()
	u.s.fireError(err)
}

func (u *udpSock) onDrain() {
	u.s.drained()
}

func (u *udpSock) onClose() {
	u.s.fireClose(true, "")
}

// closed reports whether the socket is closed or never bound.
func (u *udpSock) closed() bool {
	return u.u == nil || u.u.Closed()
}

func (u *udpSock) bufferedAmount() int {
	n := u.out.bytes
	if !u.closed() {
		n += u.u.SendQueueSize()
	}
	return n
}

func (u *udpSock) pause() {
	if !u.closed() {
		u.u.Pause()
	}
}

func (u *udpSock) resume() {
	if !u.closed() {
		u.u.Resume()
	}
}

// close unbinds: the socket is CLOSED at once and close follows.
func (u *udpSock) close() {
	if u.closed() {
		return
	}
	u.out.cancel()
	u.s.state = stateClosed
	u.u.Close()
}

func (u *udpSock) remote() endpoint { return endpoint{ap: u.peer} }
func (u *udpSock) local() endpoint  { return endpoint{ap: u.localAP, name: u.op.localName} }

func (u *udpSock) peerURL() string { return u.peerStr }

// ttl is the ttl attribute.
func (u *udpSock) ttl() int {
	v, _ := u.option("ttl")
	return int(v.ToInteger())
}

package dgram

import (
	"net/netip"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/sockerr"
	"github.com/nodeshim/nodeshim/core/udp"
	"github.com/nodeshim/nodeshim/emitter"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// handler returns the core callbacks that turn the socket's events into
// JavaScript ones. The loop runs them as tasks of the runtime's Host.
func (s *socket) handler() udp.Handler {
	return udp.Handler{OnMessage: s.onMessage, OnError: s.onError}
}

// onMessage emits 'message' with the datagram as a Buffer over the core's
// fresh slice and rinfo { address, family, port, size }.
func (s *socket) onMessage(msg udp.Message) {
	m := s.m
	family := m.ipv4
	if !msg.From.Addr().Is4() {
		family = m.ipv6
	}
	args := &m.rinfoArgs
	args[0], args[2] = s.sender(msg.From)
	args[1], args[3] = family, s.sizeValue(len(msg.Data))
	rinfo, err := m.newRinfo(goja.Undefined(), args[:]...)
	*args = [4]goja.Value{}
	if err != nil {
		panic(err)
	}
	buf := m.wrap(msg.Data)
	if em := m.emitter; em != nil {
		if emit, ok := s.obj.Get("emit").(*goja.Object); ok && emit == em.Func() {
			em.EmitName(s.obj, m.messageName, buf, rinfo)
			return
		}
	}
	emitter.Emit(m.vm, s.obj, "message", buf, rinfo)
}

// sender returns the sender's address as a string and its port as a
// number, converted once per sender in a row.
func (s *socket) sender(from netip.AddrPort) (address, port goja.Value) {
	if from != s.lastFrom || s.lastFromStr == nil {
		s.lastFrom = from
		s.lastFromStr = s.m.vm.ToValue(from.Addr().String())
		s.lastFromPort = s.m.vm.ToValue(int(from.Port()))
	}
	return s.lastFromStr, s.lastFromPort
}

// sizeValue returns n as a number, converted once per size in a row.
func (s *socket) sizeValue(n int) goja.Value {
	if n != s.lastSize || s.lastSizeVal == nil {
		s.lastSize, s.lastSizeVal = n, s.m.vm.ToValue(n)
	}
	return s.lastSizeVal
}

// onError emits 'error' for a receive failure (Node's recvmsg errors). A
// send's failure reaches its callback, or nobody, as in Node.
func (s *socket) onError(err *sockerr.Error) {
	if err.Syscall == "send" || s.closed {
		return
	}
	s.emit("error", nodeerr.FromSocket(s.m.vm, err))
}

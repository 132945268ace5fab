package dgram

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
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
	vm := s.m.vm
	rinfo := vm.NewObject()
	_ = rinfo.Set("address", s.fromString(msg))
	family := s.m.ipv4
	if !msg.From.Addr().Is4() {
		family = s.m.ipv6
	}
	_ = rinfo.Set("family", family)
	_ = rinfo.Set("port", int(msg.From.Port()))
	_ = rinfo.Set("size", len(msg.Data))
	emitter.Emit(vm, s.obj, "message", buffer.Wrap(vm, msg.Data), rinfo)
}

// fromString returns the sender's address as a string, converted once per
// sender in a row.
func (s *socket) fromString(msg udp.Message) goja.Value {
	if a := msg.From.Addr(); a != s.lastFrom || s.lastFromStr == nil {
		s.lastFrom, s.lastFromStr = a, s.m.vm.ToValue(a.String())
	}
	return s.lastFromStr
}

// onError emits 'error' for a receive failure (Node's recvmsg errors). A
// send's failure reaches its callback, or nobody, as in Node.
func (s *socket) onError(err *sockerr.Error) {
	if err.Syscall == "send" || s.closed {
		return
	}
	s.emit("error", nodeerr.FromSocket(s.m.vm, err))
}

package dgram

import (
	"github.com/dop251/goja"
)

// close is socket.close([callback]): 'close' follows from the nextTick
// queue. While the socket binds, closing waits for 'listening' behind the
// sends made before it.
func (s *socket) close(cb goja.Value) {
	if isFunction(cb) {
		s.call("on", s.m.vm.ToValue("close"), cb)
	}
	if s.queue != nil {
		s.enqueue(func() { s.close(goja.Undefined()) })
		return
	}
	s.healthCheck()
	s.closed = true
	if s.m.lastSocket == s {
		s.m.lastThis, s.m.lastSocket = nil, nil
	}
	if s.core != nil {
		s.core.Close()
	}
	s.m.nextTick(func() { s.emit("close") })
}

// ref makes the socket keep the process alive (the default).
func (s *socket) ref() {
	s.unrefd = false
	if s.core != nil && !s.closed {
		s.core.Ref()
	}
}

// unref lets the process exit while the socket is open.
func (s *socket) unref() {
	s.unrefd = true
	if s.core != nil && !s.closed {
		s.core.Unref()
	}
}

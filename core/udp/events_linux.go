package udp

import (
	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/core/sockerr"
)

// onEvents is the socket's epoll callback.
func (s *Socket) onEvents(ev loop.Events) {
	if ev&loop.Writable != 0 && s.blocked {
		s.blocked = false
		s.flushAndReport()
	}
	if s.closed {
		return
	}
	switch {
	case ev&(loop.Readable|loop.Failure) == 0:
	case !s.paused:
		s.read()
	case ev&loop.Failure != 0:
		s.reportPendingError()
	}
	s.updateInterest()
}

// updateInterest registers for readability unless paused and for
// writability while the kernel's send buffer is full.
func (s *Socket) updateInterest() {
	if s.closed {
		return
	}
	var ev loop.Events
	if !s.paused {
		ev |= loop.Readable
	}
	if s.blocked {
		ev |= loop.Writable
	}
	// EPOLL_CTL_MOD of a registered, open descriptor fails only for lack of
	// kernel memory; Pause and Resume could not report it without calling
	// back from inside themselves.
	_ = s.watcher.Modify(ev)
}

// fail reports an error that leaves the socket open.
func (s *Socket) fail(err *sockerr.Error) {
	if s.h.OnError != nil {
		s.h.OnError(err)
	}
}

package udp

import (
	"golang.org/x/sys/unix"
)

// Close closes the socket. Queued datagrams get one non-blocking attempt to
// reach the kernel; those left are reported as ECANCELED. Outstanding send
// outcomes are delivered from the loop, then OnClose runs as the socket's last
// event. The socket's Handle is released at once. Closing twice does nothing.
func (s *Socket) Close() {
	if s.closed {
		return
	}
	s.flush()
	s.closed = true
	for s.queue.len() > 0 {
		s.complete(s.sendError(s.queue.at(0), unix.ECANCELED))
	}
	if s.flushTask != nil {
		s.flushTask.Cancel()
		s.flushTask = nil
	}
	if s.resumeTask != nil {
		s.resumeTask.Cancel()
		s.resumeTask = nil
	}
	s.pending.clear()
	// Neither call can fail for a descriptor registered and open; an error
	// could not be reported from here anyway, since Close calls back nothing.
	_ = s.watcher.Close()
	_ = unix.Close(s.fd)
	s.fd = -1
	s.handle.Close()
	s.l.QueueClose(s.finishClose)
}

// Closed reports whether Close was called.
func (s *Socket) Closed() bool {
	return s.closed
}

// finishClose delivers what is left and the close event.
func (s *Socket) finishClose() {
	s.deliverReports()
	if s.h.OnClose != nil {
		s.h.OnClose()
	}
}

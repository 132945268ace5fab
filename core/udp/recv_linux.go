package udp

import (
	"net/netip"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/nodeshim/nodeshim/core/sockerr"
)

const (
	recvBatch   = 32    // datagrams per recvmmsg
	recvBudget  = 4     // recvmmsg calls per readiness event, for fairness
	maxDatagram = 65536 // larger than any UDP payload, so nothing is truncated
	ctrlSize    = 64    // room for one in6_pktinfo or in_pktinfo message
)

// recvArea is the memory recvmmsg fills. One area serves every socket of a
// loop: a read callback takes one, uses it, and gives it back.
type recvArea struct {
	hdrs  [recvBatch]unix.Mmsghdr
	iovs  [recvBatch]unix.Iovec
	names [recvBatch]unix.RawSockaddrInet6
	ctrl  [recvBatch][ctrlSize]byte
	buf   []byte
}

// recvAreas keeps areas for reuse. An area is 2 MiB of mostly untouched
// address space.
var recvAreas = pool[recvArea]{fresh: newRecvArea}

// newRecvArea allocates an area with its headers pointing into its buffer.
func newRecvArea() *recvArea {
	a := &recvArea{buf: make([]byte, recvBatch*maxDatagram)}
	for i := range a.hdrs {
		a.iovs[i].Base = &a.buf[i*maxDatagram]
		a.iovs[i].SetLen(maxDatagram)
		h := &a.hdrs[i].Hdr
		h.Iov = &a.iovs[i]
		h.SetIovlen(1)
		h.Name = (*byte)(unsafe.Pointer(&a.names[i]))
		h.Control = &a.ctrl[i][0]
	}
	return a
}

// read receives and delivers datagrams until the kernel has no more, the
// budget is spent, or the socket is paused or closed. Sends made by the
// message callbacks are flushed together at the end.
func (s *Socket) read() {
	s.dispatching = true
	defer s.abandonDispatch()
	if s.deliverPending() {
		a := recvAreas.get()
		defer recvAreas.put(a)
		for range recvBudget {
			if s.receive(a) < recvBatch || s.paused || s.closed {
				break
			}
		}
	}
	s.endDispatch()
}

// endDispatch ends a run of message callbacks and sends what they queued.
func (s *Socket) endDispatch() {
	s.dispatching = false
	if !s.closed && s.queue.len() > 0 && !s.blocked {
		s.flushAndReport()
	}
}

// abandonDispatch runs when a run of message callbacks ends. If a callback
// panicked, it leaves dispatch mode and lets the check phase send what was
// queued, so that the socket still works if the panic is recovered.
func (s *Socket) abandonDispatch() {
	if s.dispatching {
		s.dispatching = false
		s.scheduleFlush()
	}
}

// receive makes one recvmmsg call, delivers what it got and returns the
// number of datagrams.
func (s *Socket) receive(a *recvArea) int {
	for i := range a.hdrs {
		a.hdrs[i].Hdr.Namelen = unix.SizeofSockaddrInet6
		a.hdrs[i].Hdr.SetControllen(ctrlSize)
	}
	n, err := recvmmsg(s.fd, a.hdrs[:])
	switch err {
	case nil:
	case unix.EAGAIN, unix.EINTR:
		return 0
	default:
		s.fail(sockerr.Wrap("recvmsg", err, "", 0))
		return 0
	}
	total := 0
	for i := range n {
		total += int(a.hdrs[i].Len)
	}
	data := make([]byte, total)
	off := 0
	for i := 0; i < n && !s.closed; i++ {
		size := int(a.hdrs[i].Len)
		copy(data[off:], a.buf[i*maxDatagram:i*maxDatagram+size])
		m := Message{Data: data[off : off+size : off+size], From: s.decodeAddr(&a.names[i])}
		off += size
		h := &a.hdrs[i].Hdr
		s.parseControl(a.ctrl[i][:h.Controllen], &m)
		s.deliver(m)
	}
	return n
}

// deliver hands a datagram to OnMessage, or keeps it while paused.
func (s *Socket) deliver(m Message) {
	switch {
	case s.closed:
	case s.paused:
		s.pending.push(m)
	case s.h.OnMessage != nil:
		s.h.OnMessage(m)
	}
}

// deliverPending delivers the datagrams kept across a Pause. It reports
// whether they are all out and the socket may read more.
func (s *Socket) deliverPending() bool {
	for s.pending.len() > 0 && !s.paused && !s.closed {
		m := s.pending.pop()
		if s.h.OnMessage != nil {
			s.h.OnMessage(m)
		}
	}
	return s.pending.len() == 0 && !s.paused && !s.closed
}

// parseControl fills m's destination and interface from the ancillary data.
func (s *Socket) parseControl(b []byte, m *Message) {
	for len(b) >= unix.SizeofCmsghdr {
		h := (*unix.Cmsghdr)(unsafe.Pointer(&b[0]))
		if h.Len < unix.SizeofCmsghdr || int(h.Len) > len(b) {
			return
		}
		data := b[unix.CmsgLen(0):h.Len]
		switch {
		case h.Level == unix.IPPROTO_IP && h.Type == unix.IP_PKTINFO && len(data) >= unix.SizeofInet4Pktinfo:
			p := (*unix.Inet4Pktinfo)(unsafe.Pointer(&data[0]))
			m.To = netip.AddrFrom4(p.Addr)
			if s.family == IPv6 {
				m.To = netip.AddrFrom16(m.To.As16())
			}
			m.IfIndex = int(p.Ifindex)
		case h.Level == unix.IPPROTO_IPV6 && h.Type == unix.IPV6_PKTINFO && len(data) >= unix.SizeofInet6Pktinfo:
			p := (*unix.Inet6Pktinfo)(unsafe.Pointer(&data[0]))
			m.To = netip.AddrFrom16(p.Addr)
			m.IfIndex = int(p.Ifindex)
		}
		b = b[min(unix.CmsgSpace(int(h.Len)-unix.CmsgLen(0)), len(b)):]
	}
	if m.IfIndex != 0 {
		m.IfName = s.ifName(m.IfIndex)
	}
}

// reportPendingError reports the error the kernel reported through EPOLLERR
// while the socket was not reading (reading would have returned it).
func (s *Socket) reportPendingError() {
	n, err := unix.GetsockoptInt(s.fd, unix.SOL_SOCKET, unix.SO_ERROR)
	if err == nil && n != 0 {
		err = unix.Errno(n)
	}
	if err != nil {
		s.fail(sockerr.Wrap("recvmsg", err, "", 0))
	}
}

// Pause stops reading: datagrams wait in the kernel's receive buffer (and are
// dropped when it is full). Datagrams already read are delivered after Resume.
func (s *Socket) Pause() {
	if s.closed || s.paused {
		return
	}
	s.paused = true
	s.updateInterest()
}

// Resume restarts reading after Pause. Datagrams kept across the pause are
// delivered first, from the loop, never from inside Resume.
func (s *Socket) Resume() {
	if s.closed || !s.paused {
		return
	}
	s.paused = false
	s.updateInterest()
	if s.pending.len() > 0 && s.resumeTask == nil {
		s.resumeTask = s.l.NewImmediate(s.afterResume)
	}
}

// Paused reports whether reading is paused.
func (s *Socket) Paused() bool {
	return s.paused
}

// afterResume delivers the datagrams kept across a pause.
func (s *Socket) afterResume() {
	s.resumeTask = nil
	if s.closed {
		return
	}
	s.dispatching = true
	defer s.abandonDispatch()
	s.deliverPending()
	s.endDispatch()
}

package udp

import (
	"net/netip"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/nodeshim/nodeshim/core/sockerr"
)

const sendBatch = 64 // datagrams per sendmmsg

// sendReq is one queued datagram: b, or the concatenation of bufs.
type sendReq struct {
	b    []byte
	bufs [][]byte
	to   netip.AddrPort // zero on a connected socket
	size int
	err  *sockerr.Error // known to fail before it reaches the kernel
	done func(*sockerr.Error)
}

// report is the outcome of a send, waiting to be delivered.
type report struct {
	done func(*sockerr.Error)
	err  *sockerr.Error
}

// sendArea is the scratch memory sendmmsg reads.
type sendArea struct {
	hdrs  [sendBatch]unix.Mmsghdr
	names [sendBatch]unix.RawSockaddrInet6
	iovs  []unix.Iovec
}

var sendAreas = pool[sendArea]{fresh: func() *sendArea { return new(sendArea) }}

// Send queues b as one datagram to to, or to the connected peer when to is
// the zero AddrPort. It never blocks and never calls back from inside itself:
// done, if not nil, later receives nil once the kernel has taken the datagram,
// or the error (EMSGSIZE, EINVAL for an address of the wrong family, EISCONN
// for an address on a connected socket, ECANCELED when the socket closed
// first ...). A failed send without done is reported through OnError. b must
// not change until then. Send returns an error (EBADF) only when the socket is
// closed.
func (s *Socket) Send(b []byte, to netip.AddrPort, done func(*sockerr.Error)) error {
	return s.enqueue(sendReq{b: b, to: to, size: len(b), done: done})
}

// SendBuffers is Send for a datagram made of several buffers, sent as one
// gathered write (Node's send of an array).
func (s *Socket) SendBuffers(bufs [][]byte, to netip.AddrPort, done func(*sockerr.Error)) error {
	size := 0
	for _, b := range bufs {
		size += len(b)
	}
	return s.enqueue(sendReq{bufs: bufs, to: to, size: size, done: done})
}

// SendQueueSize returns the number of bytes queued and not yet handed to the
// kernel (W3C bufferedAmount, Node getSendQueueSize).
func (s *Socket) SendQueueSize() int {
	return s.queuedBytes
}

// SendQueueCount returns the number of datagrams queued (Node
// getSendQueueCount).
func (s *Socket) SendQueueCount() int {
	return s.queue.len()
}

// enqueue queues a datagram and makes sure a flush will come.
func (s *Socket) enqueue(r sendReq) error {
	if s.closed {
		return s.sendError(&r, unix.EBADF)
	}
	if r.to.IsValid() && s.peer.IsValid() {
		r.err = s.sendError(&r, unix.EISCONN)
	}
	s.queue.push(r)
	s.queuedBytes += r.size
	if !s.dispatching {
		s.scheduleFlush()
	}
	return nil
}

// scheduleFlush makes the loop's check phase flush the queue, unless a
// flush is already due there or the socket waits until it is writable.
func (s *Socket) scheduleFlush() {
	if !s.closed && !s.blocked && s.flushTask == nil && s.queue.len() > 0 {
		s.flushTask = s.l.NewImmediate(s.scheduledFlush)
	}
}

// sendError describes a send's failure as Node does: "send EMSGSIZE
// 127.0.0.1:41234", without an address on a connected socket.
func (s *Socket) sendError(r *sendReq, errno unix.Errno) *sockerr.Error {
	if r.to.IsValid() {
		return sockerr.FromErrno("send", errno, r.to.Addr().String(), int(r.to.Port()))
	}
	return sockerr.FromErrno("send", errno, "", 0)
}

// scheduledFlush is the flush queued for the loop's check phase.
func (s *Socket) scheduledFlush() {
	s.flushTask = nil
	if !s.closed && !s.blocked {
		s.flushAndReport()
	}
}

// flushAndReport flushes the queue, delivers the outcomes and reports drain.
func (s *Socket) flushAndReport() {
	had := s.queue.len() > 0
	s.flush()
	s.updateInterest()
	s.deliverReports()
	if had && s.queue.len() == 0 && !s.closed && s.h.OnDrain != nil {
		s.h.OnDrain()
	}
}

// flush hands queued datagrams to the kernel, in batches, until the queue is
// empty or the kernel's buffer is full (then the socket waits until it is
// writable). It records every outcome in s.reports and calls back nothing.
func (s *Socket) flush() {
	if s.queue.len() == 0 {
		return
	}
	a := sendAreas.get()
	defer sendAreas.put(a)
	for s.queue.len() > 0 {
		k := s.prepare(a)
		if k == 0 {
			continue
		}
		n, err := sendmmsg(s.fd, a.hdrs[:k])
		clear(a.iovs) // drop references to the caller's bytes
		switch err {
		case nil:
			for range n {
				s.complete(nil)
			}
		case unix.EINTR:
		case unix.EAGAIN, unix.ENOBUFS:
			s.blocked = true
			return
		default:
			r := s.queue.at(0)
			s.complete(s.sendError(r, err.(unix.Errno)))
		}
	}
}

// prepare fills a's headers for up to sendBatch queued datagrams, stopping
// before one that cannot be sent; such a datagram at the head of the queue is
// completed with its error instead. It returns the number of headers filled.
func (s *Socket) prepare(a *sendArea) int {
	a.iovs = a.iovs[:0]
	k := 0
	for k < sendBatch && k < s.queue.len() {
		r := s.queue.at(k)
		h := &a.hdrs[k].Hdr
		*h = unix.Msghdr{}
		err := r.err
		if err == nil && r.to.IsValid() {
			salen, ok := s.encodeAddr(r.to, &a.names[k])
			if !ok {
				err = s.sendError(r, unix.EINVAL)
			}
			h.Name = (*byte)(unsafe.Pointer(&a.names[k]))
			h.Namelen = salen
		}
		if err != nil {
			if k > 0 {
				break
			}
			s.complete(err)
			continue
		}
		n := len(a.iovs)
		a.iovs = appendIovec(a.iovs, r.b)
		for _, b := range r.bufs {
			a.iovs = appendIovec(a.iovs, b)
		}
		h.SetIovlen(len(a.iovs) - n)
		k++
	}
	// Point the headers at their vectors only now: appending moved them.
	off := 0
	for i := range k {
		h := &a.hdrs[i].Hdr
		if h.Iovlen > 0 {
			h.Iov = &a.iovs[off]
		}
		off += int(h.Iovlen)
	}
	return k
}

// appendIovec appends a vector for b unless b is empty.
func appendIovec(iovs []unix.Iovec, b []byte) []unix.Iovec {
	if len(b) == 0 {
		return iovs
	}
	v := unix.Iovec{Base: &b[0]}
	v.SetLen(len(b))
	return append(iovs, v)
}

// complete removes the datagram at the head of the queue and records its
// outcome when someone is to hear of it.
func (s *Socket) complete(err *sockerr.Error) {
	r := s.queue.pop()
	s.queuedBytes -= r.size
	if r.done != nil || err != nil {
		s.reports.push(report{done: r.done, err: err})
	}
}

// deliverReports delivers the recorded send outcomes, in order.
func (s *Socket) deliverReports() {
	for s.reports.len() > 0 {
		r := s.reports.pop()
		if r.done != nil {
			r.done(r.err)
		} else {
			s.fail(r.err)
		}
	}
}

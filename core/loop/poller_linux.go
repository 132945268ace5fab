//go:build linux

package loop

import (
	"errors"
	"sync"
	"sync/atomic"
	"unsafe"

	"golang.org/x/sys/unix"
)

// poller is the loop's epoll instance plus the eventfd that wakes it.
type poller struct {
	epfd     int
	wakefd   int
	wakeSent atomic.Bool // an eventfd write is outstanding; saves syscalls

	// fdMu keeps wake from writing to wakefd after close: the number may
	// already belong to another file (a late Post or release from a
	// goroutine once wrote 8 bytes into a test's captured stdout).
	fdMu   sync.RWMutex
	closed bool

	events []unix.EpollEvent
	ready  []readyEvent
	slots  []*Watcher // the registered watchers by slot; slot 0 is the eventfd's
	free   []int32    // slots to reuse
	gen    int32      // the last registration's generation
}

// watcherKey is what the poller puts in epoll's event data for a watcher:
// its slot, found by index rather than by a map lookup per event, and the
// generation of its registration, so that an event collected for a watcher
// closed within the batch is never delivered to another that took its slot
// (or its fd) meanwhile.
type watcherKey struct {
	slot, gen int32
}

// readyEvent is one epoll result.
type readyEvent struct {
	key    watcherKey
	events Events
}

const wakeSlot int32 = 0

func newPoller() (*poller, error) {
	epfd, err := unix.EpollCreate1(unix.EPOLL_CLOEXEC)
	if err != nil {
		return nil, errors.Join(errors.New("epoll_create1"), err)
	}
	wakefd, err := unix.Eventfd(0, unix.EFD_NONBLOCK|unix.EFD_CLOEXEC)
	if err != nil {
		unix.Close(epfd)
		return nil, errors.Join(errors.New("eventfd"), err)
	}
	ev := unix.EpollEvent{Events: unix.EPOLLIN, Fd: wakeSlot}
	if err := unix.EpollCtl(epfd, unix.EPOLL_CTL_ADD, wakefd, &ev); err != nil {
		unix.Close(epfd)
		unix.Close(wakefd)
		return nil, err
	}
	return &poller{
		epfd:   epfd,
		wakefd: wakefd,
		events: make([]unix.EpollEvent, 256),
		slots:  make([]*Watcher, 1, 64),
	}, nil
}

func (p *poller) close() error {
	p.fdMu.Lock()
	defer p.fdMu.Unlock()
	p.closed = true
	return errors.Join(unix.Close(p.epfd), unix.Close(p.wakefd))
}

// wake interrupts a blocking wait. Only the first wake after the loop last
// drained the eventfd costs a syscall.
func (p *poller) wake() {
	if p.wakeSent.CompareAndSwap(false, true) {
		p.fdMu.RLock()
		defer p.fdMu.RUnlock()
		if p.closed {
			return
		}
		var one = [8]byte{1}
		_, _ = unix.Write(p.wakefd, one[:])
	}
}

// wait blocks up to timeout milliseconds (-1: forever) and returns the ready
// watchers' events, and whether a wake-up was consumed. The slice is reused
// by the next call.
func (p *poller) wait(timeout int) (ready []readyEvent, woke bool, err error) {
	var n int
	if timeout == 0 {
		n, err = p.look()
	} else {
		n, err = unix.EpollWait(p.epfd, p.events, timeout)
	}
	for err == unix.EINTR {
		n, err = p.look()
	}
	if err != nil {
		return nil, false, errors.Join(errors.New("epoll_wait"), err)
	}
	p.ready = p.ready[:0]
	for _, ev := range p.events[:n] {
		if ev.Fd == wakeSlot {
			var buf [8]byte
			_, _ = unix.Read(p.wakefd, buf[:])
			p.wakeSent.Store(false)
			woke = true
			continue
		}
		p.ready = append(p.ready, readyEvent{key: watcherKey{slot: ev.Fd, gen: ev.Pad}, events: Events(ev.Events)})
	}
	return p.ready, woke, nil
}

// look is epoll_wait with no timeout, as a raw system call: it cannot
// block, so it need not tell the Go scheduler, which saves about 180
// instructions per look, one or two per socket event on a busy loop.
func (p *poller) look() (int, error) {
	r, _, errno := unix.RawSyscall6(unix.SYS_EPOLL_PWAIT, uintptr(p.epfd),
		uintptr(unsafe.Pointer(&p.events[0])), uintptr(len(p.events)), 0, 0, 0)
	if errno != 0 {
		return 0, errno
	}
	return int(r), nil
}

// watcher returns the watcher registered under key, nil if it is closed.
func (p *poller) watcher(key watcherKey) *Watcher {
	if int(key.slot) >= len(p.slots) {
		return nil
	}
	if w := p.slots[key.slot]; w != nil && w.key.gen == key.gen {
		return w
	}
	return nil
}

// add registers w's fd under a free slot and a new generation.
func (p *poller) add(w *Watcher) error {
	var slot int32
	if n := len(p.free); n > 0 {
		slot = p.free[n-1]
	} else {
		slot = int32(len(p.slots))
	}
	p.gen++
	w.key = watcherKey{slot: slot, gen: p.gen}
	if err := unix.EpollCtl(p.epfd, unix.EPOLL_CTL_ADD, w.fd, p.eventFor(w)); err != nil {
		return err
	}
	if n := len(p.free); n > 0 {
		p.free = p.free[:n-1]
	} else {
		p.slots = append(p.slots, nil)
	}
	p.slots[slot] = w
	return nil
}

// eventFor is the epoll registration of w: its events, with its key as
// the data epoll returns.
func (p *poller) eventFor(w *Watcher) *unix.EpollEvent {
	return &unix.EpollEvent{Events: uint32(w.events), Fd: w.key.slot, Pad: w.key.gen}
}

func (p *poller) modify(w *Watcher) error {
	return unix.EpollCtl(p.epfd, unix.EPOLL_CTL_MOD, w.fd, p.eventFor(w))
}

func (p *poller) remove(w *Watcher) error {
	if p.watcher(w.key) == w {
		p.slots[w.key.slot] = nil
		p.free = append(p.free, w.key.slot)
	}
	err := unix.EpollCtl(p.epfd, unix.EPOLL_CTL_DEL, w.fd, nil)
	if err == unix.EBADF || err == unix.ENOENT {
		err = nil // the fd was closed first, which already unregistered it
	}
	return err
}

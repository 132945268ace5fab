package loop

import "golang.org/x/sys/unix"

// Events is a set of epoll event bits.
type Events uint32

// Event bits for Watch and for the callbacks it runs.
const (
	Readable      Events = unix.EPOLLIN
	Writable      Events = unix.EPOLLOUT
	PeerHangup    Events = unix.EPOLLRDHUP // the peer shut down its writing side
	Hangup        Events = unix.EPOLLHUP
	Failure       Events = unix.EPOLLERR
	EdgeTriggered Events = unix.EPOLLET
)

// Watcher is a file descriptor registered with the loop's epoll. Its callback
// runs on the loop with the ready events. A watcher does not keep the loop
// alive by itself: its owner holds a Handle for that. Methods must be called
// on the loop's goroutine.
type Watcher struct {
	l        *Loop
	fd       int
	key      watcherKey
	events   Events
	callback func(Events)
}

// Watch registers the non-blocking fd for events and calls cb on the loop
// whenever some of them are ready.
func (l *Loop) Watch(fd int, events Events, cb func(Events)) (*Watcher, error) {
	w := &Watcher{l: l, fd: fd, events: events, callback: cb}
	if err := l.poller.add(w); err != nil {
		return nil, err
	}
	return w, nil
}

// Events returns the events the watcher is registered for.
func (w *Watcher) Events() Events {
	return w.events
}

// Modify changes the events the watcher waits for.
func (w *Watcher) Modify(events Events) error {
	if events == w.events {
		return nil
	}
	w.events = events
	return w.l.poller.modify(w)
}

// Close unregisters the watcher; no callback runs for it afterwards, even for
// events already collected in the current batch. Close it before closing the
// fd.
func (w *Watcher) Close() error {
	return w.l.poller.remove(w)
}

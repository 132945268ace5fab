// Package loop is nodeshim's event loop: a reactor in the style of libuv that
// one goroutine runs. It blocks in epoll_wait with a timeout taken from its
// timer heap, runs timers, I/O callbacks, work posted by other goroutines,
// immediates and close callbacks in Node's phase order, and returns when
// nothing keeps it alive.
//
// Everything except Post, Hold and Stop must be called on the goroutine that
// runs the loop. The package knows nothing of JavaScript; whoever runs the
// loop owns the JavaScript engine on that goroutine and can wrap every
// callback with SetTaskRunner (to drain microtasks after each macrotask),
// and each run of the loop with SetSessionRunner (to enter the engine once
// per run).
package loop

import (
	"runtime"
	"sync/atomic"
	"time"
)

// Loop is an event loop. Create one with New and drive it with Run.
type Loop struct {
	poller *poller
	start  time.Time
	now    int64 // milliseconds since start, cached per iteration as libuv does

	runTask    func(task func())
	runSession func(iterations func())
	// task counts the tasks run so far (Task).
	task uint64
	// after holds the work AfterTask queued for the end of the task.
	after []func()

	// dispatching is the I/O event being delivered; dispatch is a method value
	// bound once, so delivering an event allocates nothing.
	dispatching readyEvent
	dispatch    func()

	refs    atomic.Int64 // handles and holds that keep the loop alive
	posted  postQueue
	stopped atomic.Bool

	// polling is set from before the loop decides how long to wait until the
	// wait returns. Post, release and Stop change their state first and wake
	// the poller only when it is set: otherwise the loop has yet to read that
	// state (atomics are sequentially consistent), and a loop busy running
	// tasks — posting to itself, say — is spared an eventfd write and read.
	polling atomic.Bool

	timers     timerHeap
	timerSeq   uint64
	timerRefs  int // active, referenced timers
	immediates []*Immediate
	immRefs    int      // pending, referenced immediates
	closing    []func() // the close phase's work (QueueClose)

	scratch []byte // Scratch's area
	block   []byte // what is left of the block Copy carves copies from
}

// copyBlock is the size of the blocks Copy carves small copies from, and
// maxCarved the largest copy carved; larger ones get memory of their own.
// A copy that a script keeps keeps its whole block alive, as a Buffer from
// Node's pool does its pool: at most copyBlock bytes for one kept copy.
const (
	copyBlock = 4 << 10
	maxCarved = 512
)

// New creates a loop with its own epoll instance and wake-up eventfd.
func New() (*Loop, error) {
	p, err := newPoller()
	if err != nil {
		return nil, err
	}
	l := &Loop{poller: p, start: time.Now()}
	l.SetTaskRunner(func(task func()) { task() })
	l.dispatch = l.dispatchEvent
	return l, nil
}

// Scratch returns n bytes of room owned by the loop, for code on the loop's
// goroutine that needs it only until it returns: a read whose bytes are
// copied out at once. Every call returns the same memory (grown when n
// asks for more), with whatever the last user left in it, so a caller
// must be done with it before anything else can run on the loop. It
// spares such callers a sync.Pool, whose Get and Put cost about as much
// as the allocation they avoid.
func (l *Loop) Scratch(n int) []byte {
	if len(l.scratch) < n {
		l.scratch = make([]byte, n)
	}
	return l.scratch[:n]
}

// Copy returns a copy of b that its caller owns, capped at its length so
// that appending to it reallocates. Small copies (a message's bytes, read
// into Scratch) are carved one after the other from a block of the loop's,
// one allocation for many of them, instead of one each; the block is
// released to the garbage collector once no copy carved from it is kept.
func (l *Loop) Copy(b []byte) []byte {
	n := len(b)
	if n > maxCarved {
		return append([]byte(nil), b...)
	}
	if len(l.block) < n {
		l.block = make([]byte, copyBlock)
	}
	c := l.block[:n:n]
	l.block = l.block[n:]
	copy(c, b)
	return c
}

// Close releases the loop's epoll instance and eventfd. The loop must not be
// running.
func (l *Loop) Close() error {
	return l.poller.close()
}

// SetTaskRunner sets the function through which the loop invokes every
// callback (timers, immediates, I/O events, posted work). A JavaScript host
// uses it to run each callback as a macrotask followed by its microtasks.
func (l *Loop) SetTaskRunner(run func(task func())) {
	l.runTask = func(task func()) {
		l.task++
		run(task)
		l.RunAfterTask()
	}
}

// AfterTask queues fn to run on the loop's goroutine as soon as the task
// running now (the callback with its microtasks) is over, before the loop
// invokes anything else; from the main script, when Run starts. fn runs
// outside the task runner, so it must not call into a JavaScript engine:
// what it has to report it posts. A host that ends the program calls
// RunAfterTask first, so that queued work (bytes gathered for a socket)
// is not lost.
func (l *Loop) AfterTask(fn func()) {
	l.after = append(l.after, fn)
}

// RunAfterTask runs the work AfterTask queued, including what that work
// queues in turn.
func (l *Loop) RunAfterTask() {
	for len(l.after) > 0 {
		fns := l.after
		l.after = nil
		for _, fn := range fns {
			fn()
		}
	}
}

// Task identifies the task running now: it changes from one callback the
// loop invokes (a timer, an immediate, an I/O event, posted work) to the
// next, and is 0 before the first, while the main script runs. Code on the
// loop's goroutine uses it to tell whether two calls come from the same
// task.
func (l *Loop) Task() uint64 {
	return l.task
}

// SetSessionRunner sets the function through which Run executes its
// iterations, once per call of Run: a JavaScript host uses it to enter its
// engine once for the whole run rather than once per callback, which makes
// each callback cheaper. The runner must call iterations exactly once.
func (l *Loop) SetSessionRunner(run func(iterations func())) {
	l.runSession = run
}

// Now returns the loop's cached time in milliseconds since the loop was
// created, the clock that timers are scheduled against.
func (l *Loop) Now() int64 {
	return l.now
}

// UpdateTime refreshes the cached clock. The loop does it at the start of Run
// and after every poll; a host calls it before running a program's main
// script, and the script timers before each new timer, so that a timer
// counts from when it was set, as Node's setTimeout does.
func (l *Loop) UpdateTime() {
	l.updateTime()
}

// Lag is how far the clock has moved since the loop last cached the time.
// Timers count from the cached time, as libuv's do; a deadline that must
// count from the moment of the call (a connect timeout set after a long
// synchronous script) adds Lag to its delay.
func (l *Loop) Lag() time.Duration {
	return max(time.Since(l.start)-time.Duration(l.now)*time.Millisecond, 0)
}

// updateTime refreshes the cached time.
func (l *Loop) updateTime() {
	l.now = time.Since(l.start).Milliseconds()
}

// Alive reports whether anything keeps the loop running: a referenced handle
// or hold, an active referenced timer, a pending referenced immediate, or
// posted or close work not yet run.
func (l *Loop) Alive() bool {
	return l.refs.Load() > 0 || l.timerRefs > 0 || l.immRefs > 0 || l.posted.pending() > 0 || len(l.closing) > 0
}

// Stop makes Run return after the callback in progress; called while the loop
// is not running, it makes the next Run return at once. It is safe to call
// from any goroutine.
func (l *Loop) Stop() {
	l.stopped.Store(true)
	l.wake()
}

// wake interrupts a poll in progress, after the caller changed what the loop
// reads before polling (see polling).
func (l *Loop) wake() {
	if l.polling.Load() {
		l.poller.wake()
	}
}

// Run runs the loop until it is no longer alive or Stop is called. It may be
// called again afterwards (Node runs the loop again when a 'beforeExit'
// listener schedules work).
func (l *Loop) Run() error {
	defer l.stopped.Store(false)
	l.RunAfterTask()
	l.updateTime()
	if l.runSession == nil {
		return l.iterate()
	}
	var err error
	l.runSession(func() { err = l.iterate() })
	return err
}

// iterate runs the loop's phases until it is no longer alive or stopped.
func (l *Loop) iterate() error {
	for !l.stopped.Load() && l.Alive() {
		l.runTimers()
		if l.stopped.Load() {
			break
		}
		if err := l.poll(); err != nil {
			return err
		}
		if l.stopped.Load() {
			break
		}
		l.runPosted()
		if l.stopped.Load() {
			break
		}
		l.runImmediates()
		if l.stopped.Load() {
			break
		}
		if len(l.closing) > 0 {
			l.runClosing()
		}
	}
	return nil
}

// pollTimeout is how long poll may block: not at all when immediates, close
// or posted work wait, until the next timer otherwise, forever with no
// timers.
func (l *Loop) pollTimeout() int {
	if len(l.immediates) > 0 || len(l.closing) > 0 || l.posted.pending() > 0 || l.stopped.Load() {
		return 0
	}
	if !l.Alive() {
		return 0
	}
	if t := l.timers.peek(); t != nil {
		d := t.due - l.now
		if d < 0 {
			return 0
		}
		return int(d)
	}
	return -1
}

// poll waits for I/O, as long as pollTimeout allows, and dispatches the
// ready watchers' callbacks. The polling flag is set before the timeout is
// chosen (see polling) and cleared once the wait is over.
func (l *Loop) poll() error {
	l.polling.Store(true)
	timeout := l.pollTimeout()
	// Look without blocking first: on a busy loop something is usually ready,
	// and yielding to the scheduler costs a thread wake-up per iteration.
	ready, woke, err := l.poller.wait(0)
	// A wake-up consumed here means posted work, a release or a Stop came
	// after the timeout was chosen: return to Run, which looks again,
	// instead of blocking with that work queued.
	if err == nil && len(ready) == 0 && !woke && timeout != 0 {
		// A goroutine the loop just woke (a handshake, a lookup, a channel
		// receiver) sits in this P's run queue; blocking in epoll_wait would
		// hold the P for ~20 µs until the scheduler takes it back. Yield first
		// so it runs now.
		runtime.Gosched()
		ready, _, err = l.poller.wait(timeout)
	}
	l.polling.Store(false)
	l.updateTime()
	if err != nil {
		return err
	}
	for _, ev := range ready {
		if l.poller.watcher(ev.key) == nil {
			continue // closed by an earlier callback of this batch
		}
		l.dispatching = ev
		l.runTask(l.dispatch)
		if l.stopped.Load() {
			return nil
		}
	}
	return nil
}

// dispatchEvent delivers the event in l.dispatching to its watcher.
func (l *Loop) dispatchEvent() {
	ev := l.dispatching
	if w := l.poller.watcher(ev.key); w != nil {
		w.callback(ev.events)
	}
}

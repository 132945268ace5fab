package loop

import (
	"container/heap"
	"time"
)

// Timer runs a callback once after a delay, on the loop. A referenced active
// timer keeps the loop alive. Timers that fall due at the same millisecond run
// in the order they were scheduled, as Node's do. Methods must be called on
// the loop's goroutine.
type Timer struct {
	l     *Loop
	fn    func()
	delay int64 // milliseconds, at least 1
	due   int64
	seq   uint64
	index int // position in the heap, -1 when inactive
	refed bool
}

// NewTimer schedules fn to run once after d (rounded down to milliseconds,
// at least 1 ms, as Node's setTimeout). The timer starts referenced.
func (l *Loop) NewTimer(d time.Duration, fn func()) *Timer {
	t := &Timer{l: l, fn: fn, index: -1, refed: true}
	t.delay = max(d.Milliseconds(), 1)
	t.start()
	return t
}

// start (re)inserts the timer with a due time computed from the loop's
// cached clock.
func (t *Timer) start() {
	l := t.l
	l.timerSeq++
	t.seq = l.timerSeq
	t.due = l.now + t.delay
	if t.index >= 0 {
		heap.Fix(&l.timers, t.index)
		return
	}
	heap.Push(&l.timers, t)
	if t.refed {
		l.timerRefs++
	}
}

// Active reports whether the timer is scheduled and has not fired or been
// stopped.
func (t *Timer) Active() bool {
	return t.index >= 0
}

// Stop cancels the timer. It reports whether the timer was active.
func (t *Timer) Stop() bool {
	if t.index < 0 {
		return false
	}
	heap.Remove(&t.l.timers, t.index)
	if t.refed {
		t.l.timerRefs--
	}
	return true
}

// Reset schedules the timer again, d from the loop's current time, whether or
// not it already fired (Node's timeout.refresh and setInterval's re-arming).
// A negative d keeps the previous delay.
func (t *Timer) Reset(d time.Duration) {
	if d >= 0 {
		t.delay = max(d.Milliseconds(), 1)
	}
	t.start()
}

// Ref makes an active timer keep the loop alive.
func (t *Timer) Ref() {
	if !t.refed {
		t.refed = true
		if t.index >= 0 {
			t.l.timerRefs++
		}
	}
}

// Unref lets the loop exit while the timer is pending.
func (t *Timer) Unref() {
	if t.refed {
		t.refed = false
		if t.index >= 0 {
			t.l.timerRefs--
		}
	}
}

// HasRef reports whether the timer is referenced.
func (t *Timer) HasRef() bool {
	return t.refed
}

// runTimers runs every timer that is due, earliest first.
func (l *Loop) runTimers() {
	for {
		t := l.timers.peek()
		if t == nil || t.due > l.now {
			return
		}
		t.Stop()
		l.runTask(t.fn)
		if l.stopped.Load() {
			return
		}
	}
}

// timerHeap orders timers by due time, then by scheduling order.
type timerHeap []*Timer

func (h timerHeap) Len() int { return len(h) }

func (h timerHeap) Less(i, j int) bool {
	if h[i].due != h[j].due {
		return h[i].due < h[j].due
	}
	return h[i].seq < h[j].seq
}

func (h timerHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index = i
	h[j].index = j
}

func (h *timerHeap) Push(x any) {
	t := x.(*Timer)
	t.index = len(*h)
	*h = append(*h, t)
}

func (h *timerHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	t.index = -1
	return t
}

// peek returns the earliest timer without removing it.
func (h timerHeap) peek() *Timer {
	if len(h) == 0 {
		return nil
	}
	return h[0]
}

package loop

// Immediate is a callback queued to run in the loop's check phase, after I/O
// (Node's setImmediate). A referenced pending immediate keeps the loop alive.
// Methods must be called on the loop's goroutine.
type Immediate struct {
	l       *Loop
	fn      func()
	refed   bool
	pending bool
}

// NewImmediate queues fn for the next check phase. Immediates queued while the
// check phase runs wait for the next iteration, as in Node.
func (l *Loop) NewImmediate(fn func()) *Immediate {
	im := &Immediate{l: l, fn: fn, refed: true, pending: true}
	l.immediates = append(l.immediates, im)
	l.immRefs++
	return im
}

// Cancel removes a pending immediate. It reports whether it was pending.
func (im *Immediate) Cancel() bool {
	if !im.pending {
		return false
	}
	im.pending = false
	if im.refed {
		im.l.immRefs--
	}
	return true
}

// Ref makes a pending immediate keep the loop alive.
func (im *Immediate) Ref() {
	if !im.refed {
		im.refed = true
		if im.pending {
			im.l.immRefs++
		}
	}
}

// Unref lets the loop exit while the immediate is pending.
func (im *Immediate) Unref() {
	if im.refed {
		im.refed = false
		if im.pending {
			im.l.immRefs--
		}
	}
}

// HasRef reports whether the immediate is referenced.
func (im *Immediate) HasRef() bool {
	return im.refed
}

// runImmediates runs the immediates queued before the phase began.
func (l *Loop) runImmediates() {
	queue := l.immediates
	l.immediates = nil
	for i, im := range queue {
		if !im.Cancel() {
			continue
		}
		l.runTask(im.fn)
		if l.stopped.Load() {
			l.immediates = append(queue[i+1:], l.immediates...)
			return
		}
	}
}

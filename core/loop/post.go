package loop

import (
	"sync"
	"sync/atomic"
)

// postQueue holds work posted from other goroutines.
type postQueue struct {
	mu    sync.Mutex
	tasks []func()
	count atomic.Int64
}

// pending returns how many posted tasks have not run yet.
func (q *postQueue) pending() int64 {
	return q.count.Load()
}

// Post queues fn to run on the loop's goroutine as a task of its own and wakes
// the loop. It is safe to call from any goroutine; fn keeps the loop alive
// until it has run.
func (l *Loop) Post(fn func()) {
	q := &l.posted
	q.mu.Lock()
	q.tasks = append(q.tasks, fn)
	q.count.Add(1)
	q.mu.Unlock()
	l.wake()
}

// runPosted runs the work posted so far, in order. Work posted while it runs
// waits for the next iteration.
func (l *Loop) runPosted() {
	q := &l.posted
	if q.pending() == 0 {
		return
	}
	q.mu.Lock()
	tasks := q.tasks
	q.tasks = nil
	q.mu.Unlock()
	for i, task := range tasks {
		q.count.Add(-1)
		l.runTask(task)
		if l.stopped.Load() {
			l.requeue(tasks[i+1:])
			return
		}
	}
}

// requeue puts tasks that a Stop interrupted back at the front of the queue.
func (l *Loop) requeue(tasks []func()) {
	if len(tasks) == 0 {
		return
	}
	q := &l.posted
	q.mu.Lock()
	q.tasks = append(append([]func(){}, tasks...), q.tasks...)
	q.mu.Unlock()
	q.count.Add(int64(len(tasks)))
}

// Hold keeps the loop alive until the returned release function is called.
// Both are safe from any goroutine; release may be called more than once but
// counts once. Use it around blocking work done on another goroutine: hold,
// work, Post the result, release.
func (l *Loop) Hold() (release func()) {
	l.refs.Add(1)
	var once atomic.Bool
	return func() {
		if once.CompareAndSwap(false, true) {
			l.refs.Add(-1)
			l.wake()
		}
	}
}

package loop

// QueueClose queues fn for the loop's close phase, which comes after the
// check phase (immediates) of the current iteration, as libuv runs the
// callbacks of handles being closed: a socket's 'close' follows the
// immediates queued alongside its destroy(). Work queued during the close
// phase waits for the next iteration. Pending close work keeps the loop
// alive and keeps poll from blocking. Call it on the loop's goroutine.
func (l *Loop) QueueClose(fn func()) {
	l.closing = append(l.closing, fn)
}

// runClosing runs the close work queued before the phase began.
func (l *Loop) runClosing() {
	queue := l.closing
	l.closing = nil
	for i, fn := range queue {
		l.runTask(fn)
		if l.stopped.Load() {
			l.closing = append(queue[i+1:], l.closing...)
			return
		}
	}
}

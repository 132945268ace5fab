package net

import (
	"time"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/loop"
)

// idleTimer is a socket's setTimeout: it fires the socket's 'timeout' once
// the socket has been idle for the delay. Activity (reads, which Go sees,
// and writes) refreshes it without resetting the loop's timer each time:
// the timer checks, when it falls due, how long ago the last activity was
// and waits for the rest. A timer that has fired is armed again by the
// next activity, as Node's refreshed timers are. Like Node's socket
// timeouts it does not keep the loop alive.
type idleTimer struct {
	m      *Module
	socket *goja.Object
	delay  int64 // milliseconds
	last   int64 // the loop's time of the last activity
	timer  *loop.Timer
	closed bool
}

// newIdleTimer(socket, msecs) starts a socket's idle timer and returns its
// JavaScript face: an object with refresh() and close().
func (m *Module) newIdleTimer(call goja.FunctionCall) goja.Value {
	socket, _ := call.Argument(0).(*goja.Object)
	l := m.host.Loop()
	t := &idleTimer{m: m, socket: socket, delay: max(call.Argument(1).ToInteger(), 1), last: l.Now()}
	t.timer = l.NewTimer(time.Duration(t.delay)*time.Millisecond, t.fire)
	t.timer.Unref()
	obj := m.vm.NewObject()
	_ = obj.DefineDataPropertySymbol(m.handleKey, m.vm.ToValue(t), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	set(obj, "refresh", func(goja.FunctionCall) goja.Value { t.touch(); return goja.Undefined() })
	set(obj, "close", func(goja.FunctionCall) goja.Value { t.close(); return goja.Undefined() })
	return obj
}

// idleTimerOf returns the Go timer behind a JavaScript timer object.
func (m *Module) idleTimerOf(v goja.Value) *idleTimer {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil
	}
	s := o.GetSymbol(m.handleKey)
	if s == nil {
		return nil
	}
	t, _ := s.Export().(*idleTimer)
	return t
}

// touch records activity.
func (t *idleTimer) touch() {
	if t.closed {
		return
	}
	t.last = t.m.host.Loop().Now()
	if !t.timer.Active() {
		t.timer.Reset(time.Duration(t.delay) * time.Millisecond)
	}
}

// fire emits 'timeout' if the socket has been idle long enough, and
// otherwise waits for the rest of the delay.
func (t *idleTimer) fire() {
	if t.closed {
		return
	}
	if idle := t.m.host.Loop().Now() - t.last; idle < t.delay {
		t.timer.Reset(time.Duration(t.delay-idle) * time.Millisecond)
		return
	}
	t.m.callJS(t.m.onTimeout, t.socket)
}

func (t *idleTimer) close() {
	t.closed = true
	t.timer.Stop()
}

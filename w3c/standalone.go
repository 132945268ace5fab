package w3c

import (
	"math"
	"time"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/loop"
)

// installStandalone adds what a W3C script needs and a runtime without the
// Node façade lacks: queueMicrotask, and the HTML timers (numeric ids,
// setTimeout/setInterval/clearTimeout/clearInterval). Globals that exist
// are kept, so on the nodeshim command Node's own are used.
func (r *realm) installStandalone() {
	g := r.vm.GlobalObject()
	absent := func(name string) bool {
		v := g.Get(name)
		return v == nil || goja.IsUndefined(v)
	}
	define := func(name string, length int, fn func(goja.FunctionCall) goja.Value) {
		f := r.function(name, length, fn)
		must(g.DefineDataProperty(name, f, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE))
	}
	if absent("queueMicrotask") {
		define("queueMicrotask", 1, r.queueMicrotask)
	}
	if absent("setTimeout") {
		t := &htmlTimers{r: r, byID: map[int64]*loop.Timer{}}
		define("setTimeout", 1, func(call goja.FunctionCall) goja.Value { return t.set(call, false) })
		define("setInterval", 1, func(call goja.FunctionCall) goja.Value { return t.set(call, true) })
		define("clearTimeout", 0, t.clear)
		define("clearInterval", 0, t.clear)
	}
}

// function returns a native function with a name and a length.
func (r *realm) function(name string, length int, fn func(goja.FunctionCall) goja.Value) *goja.Object {
	f := r.vm.ToValue(fn).(*goja.Object)
	must(f.DefineDataProperty("name", r.vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	must(f.DefineDataProperty("length", r.vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	return f
}

// callable returns v as a function or throws the TypeError of c.
func (r *realm) callable(c ctx, v goja.Value, what string) goja.Callable {
	fn, ok := goja.AssertFunction(v)
	if !ok {
		panic(r.typeError(c, "parameter "+what+" is not of type 'Function'."))
	}
	return fn
}

// queueMicrotask runs its callback as a promise job; an exception it throws
// is reported as uncaught.
func (r *realm) queueMicrotask(call goja.FunctionCall) goja.Value {
	c := executing("queueMicrotask", "")
	r.requireArgs(c, call.Arguments, 1)
	fn := r.callable(c, call.Arguments[0], "1")
	p, resolve, _ := r.vm.NewPromise()
	then, _ := goja.AssertFunction(r.vm.ToValue(p).(*goja.Object).Get("then"))
	job := r.vm.ToValue(func(goja.FunctionCall) goja.Value {
		if _, err := fn(goja.Undefined()); err != nil {
			r.reportError(err)
		}
		return goja.Undefined()
	})
	_, err := then(r.vm.ToValue(p), job)
	must(err)
	must(resolve(goja.Undefined()))
	return goja.Undefined()
}

// reportError hands an exception from a callback to the uncaught-exception
// handling; an interruption (process exit) keeps unwinding.
func (r *realm) reportError(err error) {
	if ex, ok := err.(*goja.Exception); ok {
		r.host.ReportUncaught(ex.Value())
		return
	}
	panic(err)
}

// htmlTimers are the HTML timers: numeric handles, callbacks run as loop
// tasks, exceptions reported as uncaught.
type htmlTimers struct {
	r      *realm
	nextID int64
	byID   map[int64]*loop.Timer
}

// set implements setTimeout and setInterval.
func (t *htmlTimers) set(call goja.FunctionCall, repeat bool) goja.Value {
	name := "setTimeout"
	if repeat {
		name = "setInterval"
	}
	c := executing(name, "")
	t.r.requireArgs(c, call.Arguments, 1)
	fn := t.r.callable(c, call.Arguments[0], "1")
	ms := call.Argument(1).ToFloat()
	if math.IsNaN(ms) || ms < 0 {
		ms = 0
	}
	ms = min(ms, math.MaxInt32)
	var extra []goja.Value
	if len(call.Arguments) > 2 {
		extra = append(extra, call.Arguments[2:]...)
	}
	t.nextID++
	id := t.nextID
	d := time.Duration(ms) * time.Millisecond
	var timer *loop.Timer
	// The delay counts from now, not from when the loop last polled (its
	// cached time), as after a long synchronous stretch.
	t.r.loop.UpdateTime()
	timer = t.r.loop.NewTimer(d, func() {
		if repeat {
			timer.Reset(d)
		} else {
			delete(t.byID, id)
		}
		t.r.host.Call(fn, goja.Undefined(), extra...)
	})
	t.byID[id] = timer
	return t.r.vm.ToValue(id)
}

// clear implements clearTimeout and clearInterval.
func (t *htmlTimers) clear(call goja.FunctionCall) goja.Value {
	id := call.Argument(0).ToInteger()
	if timer := t.byID[id]; timer != nil {
		timer.Stop()
		delete(t.byID, id)
	}
	return goja.Undefined()
}

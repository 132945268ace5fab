package timers

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/loop"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// promisesModule builds require('timers/promises'): setTimeout and
// setImmediate returning promises, with { signal, ref } options, and
// scheduler.wait.
func (t *Timers) promisesModule() *goja.Object {
	vm := t.vm
	m := vm.NewObject()
	setTimeout := func(call goja.FunctionCall) goja.Value {
		delay := t.delayArg(call.Argument(0))
		return t.promiseTimer(call.Argument(1), call.Argument(2), func(done func()) pendingTimer {
			return timerPending{t.host.Loop().NewTimer(delay, done)}
		})
	}
	setImmediate := func(call goja.FunctionCall) goja.Value {
		return t.promiseTimer(call.Argument(0), call.Argument(1), func(done func()) pendingTimer {
			return immediatePending{t.host.Loop().NewImmediate(done)}
		})
	}
	_ = m.Set("setTimeout", setTimeout)
	_ = m.Set("setImmediate", setImmediate)
	scheduler := vm.NewObject()
	_ = scheduler.Set("wait", func(call goja.FunctionCall) goja.Value {
		return setTimeout(goja.FunctionCall{Arguments: []goja.Value{call.Argument(0), goja.Undefined(), call.Argument(1)}})
	})
	_ = scheduler.Set("yield", func(call goja.FunctionCall) goja.Value {
		return setImmediate(goja.FunctionCall{})
	})
	_ = m.Set("scheduler", scheduler)
	return m
}

// pendingTimer is a loop timer or immediate behind a promise.
type pendingTimer interface {
	cancel()
	unref()
}

type timerPending struct{ t *loop.Timer }

func (p timerPending) cancel() { p.t.Stop() }
func (p timerPending) unref()  { p.t.Unref() }

type immediatePending struct{ im *loop.Immediate }

func (p immediatePending) cancel() { p.im.Cancel() }
func (p immediatePending) unref()  { p.im.Unref() }

// promiseTimer returns a promise resolved with value when the timer that
// start creates fires, or rejected with an AbortError when options.signal
// aborts.
func (t *Timers) promiseTimer(value, options goja.Value, start func(done func()) pendingTimer) goja.Value {
	vm := t.vm
	signal, refed := t.timerOptions(options)
	p, resolve, reject := vm.NewPromise()
	if signal != nil && signal.Get("aborted").ToBoolean() {
		_ = reject(abortError(vm, signal.Get("reason")))
		return vm.ToValue(p)
	}
	removeAbort := func() {}
	pending := start(func() {
		removeAbort()
		_ = resolve(value)
	})
	if !refed {
		pending.unref()
	}
	if signal != nil {
		onAbort := vm.ToValue(func() {
			pending.cancel()
			_ = reject(abortError(vm, signal.Get("reason")))
		})
		removeAbort = listenOnce(vm, signal, "abort", onAbort)
	}
	return vm.ToValue(p)
}

// listenOnce adds a once listener to an EventTarget-like object and returns
// the function that removes it.
func listenOnce(vm *goja.Runtime, target *goja.Object, event string, fn goja.Value) (remove func()) {
	add, _ := goja.AssertFunction(target.Get("addEventListener"))
	del, _ := goja.AssertFunction(target.Get("removeEventListener"))
	opts := vm.NewObject()
	_ = opts.Set("once", true)
	if add != nil {
		_, _ = add(target, vm.ToValue(event), fn, opts)
	}
	return func() {
		if del != nil {
			_, _ = del(target, vm.ToValue(event), fn)
		}
	}
}

// timerOptions validates { signal, ref }.
func (t *Timers) timerOptions(options goja.Value) (signal *goja.Object, refed bool) {
	vm := t.vm
	if goja.IsUndefined(options) {
		return nil, true
	}
	opts, ok := options.(*goja.Object)
	if !ok || goja.IsNull(options) {
		panic(nodeerr.InvalidArgType(vm, "options", "of type object", options))
	}
	refed = true
	if r := opts.Get("ref"); r != nil && !goja.IsUndefined(r) {
		if _, isBool := r.Export().(bool); !isBool {
			panic(nodeerr.InvalidArgType(vm, "options.ref", "of type boolean", r))
		}
		refed = r.ToBoolean()
	}
	if s := opts.Get("signal"); s != nil && !goja.IsUndefined(s) {
		so, ok := s.(*goja.Object)
		if !ok || so.Get("aborted") == nil || goja.IsUndefined(so.Get("aborted")) {
			panic(nodeerr.InvalidArgType(vm, "options.signal", "an instance of AbortSignal", s))
		}
		signal = so
	}
	return signal, refed
}

// abortError builds Node's AbortError for an aborted operation.
func abortError(vm *goja.Runtime, reason goja.Value) *goja.Object {
	e := nodeerr.Error(vm, "ABORT_ERR", "The operation was aborted")
	_ = e.Set("name", "AbortError")
	if reason != nil && !goja.IsUndefined(reason) {
		_ = e.Set("cause", reason)
	}
	return e
}

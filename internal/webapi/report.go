package webapi

import (
	"errors"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/host"
)

// initReporting builds the functions through which listener exceptions
// reach the runtime's uncaught-exception handling.
func (r *realm) initReporting() {
	rethrow := r.function("emitUncaughtException", 1, func(call goja.FunctionCall) goja.Value {
		panic(call.Argument(0))
	})
	r.rethrow, _ = goja.AssertFunction(rethrow)
	r.onRejected = r.function("", 1, func(call goja.FunctionCall) goja.Value {
		r.reportValue(call.Argument(0))
		return goja.Undefined()
	})
}

// report hands a listener's exception to the runtime. Anything that is not
// a JavaScript exception (an interruption by process.exit) keeps unwinding.
func (r *realm) report(err error) {
	var ex *goja.Exception
	if !errors.As(err, &ex) {
		panic(err)
	}
	r.reportValue(ex.Value())
}

// reportValue rethrows v from process.nextTick, as Node reports an
// exception thrown by an event listener, so it reaches 'uncaughtException'
// after the current task and dispatch carries on meanwhile. A runtime
// without a Host has nowhere to report to and drops it.
func (r *realm) reportValue(v goja.Value) {
	if h := host.From(r.vm); h != nil {
		h.NextTick(r.rethrow, v)
	}
}

// catchRejection follows a listener's returned thenable, reporting its
// rejection as Node does (via a nextTick once the rejection is known).
func (r *realm) catchRejection(o *goja.Object) {
	var then goja.Value
	if ex := r.vm.Try(func() { then = o.Get("then") }); ex != nil {
		r.reportValue(ex.Value())
		return
	}
	fn, ok := goja.AssertFunction(then)
	if !ok {
		return
	}
	if _, err := fn(o, goja.Undefined(), r.onRejected); err != nil {
		r.report(err)
	}
}

package emitter

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// abortError returns Node's AbortError (name 'AbortError', code 'ABORT_ERR')
// with the signal's reason as its cause.
func (e *events) abortError(signal goja.Value) *goja.Object {
	opts := e.vm.NewObject()
	if o, ok := signal.(*goja.Object); ok {
		must(opts.Set("cause", nilSafe(o.Get("reason"))))
	} else {
		must(opts.Set("cause", goja.Undefined()))
	}
	err, ex := e.vm.New(e.errorCtor, e.vm.ToValue("The operation was aborted"), opts)
	must(ex)
	must(err.Set("code", "ABORT_ERR"))
	must(err.Set("name", "AbortError"))
	return err
}

// isAborted reports signal.aborted for an optional signal.
func isAborted(signal goja.Value) bool {
	o, ok := signal.(*goja.Object)
	return ok && nilSafe(o.Get("aborted")).ToBoolean()
}

// addAbortListener is events.addAbortListener(signal, listener): listener
// runs once when signal aborts (in a microtask if it already has). It
// returns a disposable whose [Symbol.dispose]() removes the listener.
func (e *events) addAbortListener(c goja.FunctionCall) goja.Value {
	signal, listener := c.Argument(0), c.Argument(1)
	if isUndefined(signal) {
		panic(nodeerr.InvalidArgType(e.vm, "signal", "an instance of AbortSignal", signal))
	}
	e.validateAbortSignal(signal, "signal")
	e.checkListener(listener)
	dispose := func() {}
	if isAborted(signal) {
		e.queueMicrotask(func() { e.call(listener, goja.Undefined()) })
	} else {
		sig := signal.(*goja.Object)
		e.addAgnostic(sig, e.vm.ToValue("abort"), listener, true)
		dispose = func() { e.removeAgnostic(sig, e.vm.ToValue("abort"), listener) }
	}
	d := e.vm.CreateObject(nil)
	must(d.SetSymbol(e.dispose, e.newFunction("[nodejs.dispose]", 0, func(goja.FunctionCall) goja.Value {
		dispose()
		return goja.Undefined()
	})))
	return d
}

// queueMicrotask runs fn as a promise job.
func (e *events) queueMicrotask(fn func()) {
	p, resolve, _ := e.vm.NewPromise()
	must(resolve(goja.Undefined()))
	e.callMethod(e.vm.ToValue(p).(*goja.Object), "then", e.vm.ToValue(func(goja.FunctionCall) goja.Value {
		fn()
		return goja.Undefined()
	}))
}

// addAgnostic subscribes listener to name on an EventEmitter (on or once)
// or, failing that, on an EventTarget (addEventListener, with {once}).
func (e *events) addAgnostic(target goja.Value, name, listener goja.Value, once bool) {
	switch {
	case isObjectWith(target, "on"):
		method := "on"
		if once {
			method = "once"
		}
		e.callMethod(target.(*goja.Object), method, name, listener)
	case isObjectWith(target, "addEventListener"):
		flags := e.vm.NewObject()
		must(flags.Set("once", once))
		e.callMethod(target.(*goja.Object), "addEventListener", name, listener, flags)
	default:
		panic(nodeerr.InvalidArgType(e.vm, "emitter", "an instance of EventEmitter", target))
	}
}

// removeAgnostic undoes addAgnostic.
func (e *events) removeAgnostic(target goja.Value, name, listener goja.Value) {
	switch {
	case isObjectWith(target, "removeListener"):
		e.callMethod(target.(*goja.Object), "removeListener", name, listener)
	case isObjectWith(target, "removeEventListener"):
		e.callMethod(target.(*goja.Object), "removeEventListener", name, listener)
	default:
		panic(nodeerr.InvalidArgType(e.vm, "emitter", "an instance of EventEmitter", target))
	}
}

package emitter

import (
	"github.com/dop251/goja"
)

// onceStatic is events.once(emitter, name[, {signal}]): a promise for the
// arguments of the next name event. It rejects with the emitter's next
// 'error' (unless name is 'error'), with an AbortError when the signal
// aborts, and with any argument error. An EventTarget's event resolves it
// as [event].
func (e *events) onceStatic(c goja.FunctionCall) goja.Value {
	promise, resolve, reject := e.vm.NewPromise()
	if ex := e.vm.Try(func() { e.startOnce(c.Argument(0), c.Argument(1), c.Argument(2), resolve, reject) }); ex != nil {
		must(reject(ex.Value()))
	}
	return e.vm.ToValue(promise)
}

// startOnce subscribes the listeners behind events.once.
func (e *events) startOnce(emitter, name, options goja.Value, resolve, reject func(interface{}) error) {
	signal := goja.Undefined()
	if o, ok := options.(*goja.Object); ok {
		signal = nilSafe(o.Get("signal"))
	}
	e.validateAbortSignal(signal, "options.signal")
	if isAborted(signal) {
		panic(e.abortError(signal))
	}

	errorName := e.errorName
	var resolver, errorListener, abortListener goja.Value
	removeAbort := func() {
		if !isNullish(signal) {
			e.removeAgnostic(signal, e.vm.ToValue("abort"), abortListener)
		}
	}
	errorListener = e.newFunction("errorListener", 1, func(c goja.FunctionCall) goja.Value {
		e.removeAgnostic(emitter, name, resolver)
		removeAbort()
		must(reject(c.Argument(0)))
		return goja.Undefined()
	})
	resolver = e.newFunction("resolver", 0, func(c goja.FunctionCall) goja.Value {
		if isObjectWith(emitter, "removeListener") {
			e.callMethod(emitter.(*goja.Object), "removeListener", errorName, errorListener)
		}
		removeAbort()
		must(resolve(e.argsArray(c.Arguments)))
		return goja.Undefined()
	})
	abortListener = e.newFunction("abortListener", 0, func(goja.FunctionCall) goja.Value {
		e.removeAgnostic(emitter, name, resolver)
		e.removeAgnostic(emitter, errorName, errorListener)
		must(reject(e.abortError(signal)))
		return goja.Undefined()
	})

	e.addAgnostic(emitter, name, resolver, true)
	if !name.StrictEquals(errorName) && isObjectWith(emitter, "once") {
		e.callMethod(emitter.(*goja.Object), "once", errorName, errorListener)
	}
	if !isNullish(signal) {
		e.addAgnostic(signal, e.vm.ToValue("abort"), abortListener, true)
	}
}

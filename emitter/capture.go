package emitter

import (
	"github.com/dop251/goja"
)

// catchRejection implements captureRejections: when the emitter has it on
// and a listener returned a thenable, a rejection of it is routed, on the
// next tick, to the emitter's [Symbol.for('nodejs.rejection')] method or
// else to its 'error' event.
func (e *events) catchRejection(target *goja.Object, res goja.Value, typ goja.Value, args []goja.Value) {
	promise, ok := res.(*goja.Object)
	if !ok || !nilSafe(target.GetSymbol(e.kCapture)).ToBoolean() {
		return
	}
	saved := append([]goja.Value(nil), args...)
	ex := e.vm.Try(func() {
		then := promise.Get("then")
		if !isFunction(then) {
			return
		}
		onRejected := e.vm.ToValue(func(c goja.FunctionCall) goja.Value {
			err := c.Argument(0)
			e.nextTick(func() { e.rejectionOrError(target, err, typ, saved) })
			return goja.Undefined()
		})
		e.call(then, promise, goja.Undefined(), onRejected)
	})
	if ex != nil {
		e.callMethod(target, "emit", e.errorName, ex.Value())
	}
}

// rejectionOrError hands a captured rejection to the emitter.
func (e *events) rejectionOrError(target *goja.Object, err, typ goja.Value, args []goja.Value) {
	if handler := target.GetSymbol(e.rejection); isFunction(handler) {
		e.call(handler, target, append([]goja.Value{err, typ}, args...)...)
		return
	}
	prev := nilSafe(target.GetSymbol(e.kCapture))
	must(target.SetSymbol(e.kCapture, false))
	defer func() { must(target.SetSymbol(e.kCapture, prev)) }()
	e.callMethod(target, "emit", e.errorName, err)
}

// nextTick runs fn through process.nextTick when the runtime has one, and
// at once otherwise (the caller is already a promise job then).
func (e *events) nextTick(fn func()) {
	if proc, ok := e.vm.Get("process").(*goja.Object); ok {
		if tick := proc.Get("nextTick"); isFunction(tick) {
			e.call(tick, proc, e.vm.ToValue(func(goja.FunctionCall) goja.Value {
				fn()
				return goja.Undefined()
			}))
			return
		}
	}
	fn()
}

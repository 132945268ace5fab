package emitter

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// emitMethod is EventEmitter.prototype.emit(type, ...args).
func (e *events) emitMethod(c goja.FunctionCall) goja.Value {
	var args []goja.Value
	if len(c.Arguments) > 1 {
		args = c.Arguments[1:]
	}
	if e.emitEvent(e.thisObject(c), c.Argument(0), args) {
		return e.trueVal
	}
	return e.falseVal
}

// emitEvent calls the listeners of typ on target with args and reports
// whether there were any. An 'error' event without listeners throws. The
// listener array is copied first, so that listeners added or removed while
// emitting take effect from the next emit, as in Node.
func (e *events) emitEvent(target *goja.Object, typ goja.Value, args []goja.Value) bool {
	isError := typ.StrictEquals(e.errorName)
	evs := e.eventsOf(target)
	if evs != nil {
		if isError {
			if !isUndefined(evs.GetSymbol(e.errorMonitor)) {
				e.callMethod(target, "emit", append([]goja.Value{e.errorMonitor}, args...)...)
			}
			if isUndefined(evs.Get("error")) {
				e.throwUnhandled(args)
			}
		}
	} else {
		if isError {
			e.throwUnhandled(args)
		}
		return false
	}

	handler := getKey(evs, typ)
	if isUndefined(handler) {
		return false
	}
	if fn, ok := e.callables.Callable(handler); ok {
		res, err := fn(target, args...)
		must(err)
		e.catchRejection(target, res, typ, args)
		return true
	}
	for _, l := range arrayValues(handler.ToObject(e.vm)) {
		e.catchRejection(target, e.call(l, target, args...), typ, args)
	}
	return true
}

// throwUnhandled throws for an 'error' event nobody listens to: the error
// itself when it is an Error, else ERR_UNHANDLED_ERROR carrying it as
// context.
func (e *events) throwUnhandled(args []goja.Value) {
	er := goja.Undefined()
	if len(args) > 0 {
		er = args[0]
	}
	if o, ok := er.(*goja.Object); ok && e.vm.InstanceOf(o, e.errorCtor) {
		e.throwAt(o, siteError)
	}
	err := nodeerr.Error(e.vm, "ERR_UNHANDLED_ERROR", "Unhandled error. ("+inspect(er)+")")
	must(err.Set("context", er))
	e.throwAt(err, siteUnhandled)
}

package emitter

import (
	"github.com/dop251/goja"
)

// listenersMethod returns listeners (unwrapOnce true: once wrappers replaced
// by the original functions) or rawListeners. Both return a fresh array.
func (e *events) listenersMethod(unwrapOnce bool) func(goja.FunctionCall) goja.Value {
	return func(c goja.FunctionCall) goja.Value {
		return e.listeners(e.thisObject(c), c.Argument(0), unwrapOnce)
	}
}

// listeners returns a new array of target's listeners for typ.
func (e *events) listeners(target *goja.Object, typ goja.Value, unwrapOnce bool) *goja.Object {
	evs := e.eventsOf(target)
	if evs == nil {
		return e.vm.NewArray()
	}
	entry := getKey(evs, typ)
	var vals []goja.Value
	switch {
	case isUndefined(entry):
	case isFunction(entry):
		vals = []goja.Value{entry}
	default:
		vals = arrayValues(entry.ToObject(e.vm))
	}
	if unwrapOnce {
		for i, v := range vals {
			vals[i] = unwrap(v)
		}
	}
	return e.argsArray(vals)
}

// listenerCountMethod is listenerCount(type[, listener]): the number of
// listeners for type, or of those that are listener (or wrap it).
func (e *events) listenerCountMethod(c goja.FunctionCall) goja.Value {
	return e.vm.ToValue(e.listenerCount(e.thisObject(c), c.Argument(0), c.Argument(1)))
}

// listenerCount counts target's listeners for typ, only those matching
// listener unless it is undefined or null.
func (e *events) listenerCount(target *goja.Object, typ, listener goja.Value) int {
	evs := e.eventsOf(target)
	if evs == nil {
		return 0
	}
	entry := getKey(evs, typ)
	var vals []goja.Value
	switch {
	case isUndefined(entry):
		return 0
	case isFunction(entry):
		vals = []goja.Value{entry}
	default:
		vals = arrayValues(entry.ToObject(e.vm))
	}
	if isNullish(listener) {
		return len(vals)
	}
	n := 0
	for _, v := range vals {
		if matches(v, listener) {
			n++
		}
	}
	return n
}

// eventNamesMethod returns the names with listeners, symbols included.
func (e *events) eventNamesMethod(c goja.FunctionCall) goja.Value {
	this := e.thisObject(c)
	if evs := e.eventsOf(this); evs != nil && eventsCount(this) > 0 {
		return e.ownKeysOf(evs)
	}
	return e.vm.NewArray()
}

// setMaxListenersMethod is setMaxListeners(n); 0 or Infinity mean no limit.
func (e *events) setMaxListenersMethod(c goja.FunctionCall) goja.Value {
	this := e.thisObject(c)
	n := c.Argument(0)
	e.validateNonNegative(n, "setMaxListeners")
	must(this.Set("_maxListeners", n))
	return this
}

// getMaxListenersMethod returns the emitter's limit.
func (e *events) getMaxListenersMethod(c goja.FunctionCall) goja.Value {
	return e.maxListeners(e.thisObject(c))
}

package emitter

import (
	"github.com/dop251/goja"
)

// removeListenerMethod is removeListener/off(type, listener): it removes the
// most recently added matching listener (or once wrapper of it) and then
// emits 'removeListener'.
func (e *events) removeListenerMethod(c goja.FunctionCall) goja.Value {
	this := e.thisObject(c)
	e.removeListener(this, c.Argument(0), c.Argument(1))
	return this
}

// removeListener removes listener for typ from target.
func (e *events) removeListener(target *goja.Object, typ, listener goja.Value) {
	e.checkListener(listener)
	evs := e.eventsOf(target)
	if evs == nil {
		return
	}
	list := getKey(evs, typ)
	if isUndefined(list) {
		return
	}
	if matches(list, listener) {
		count := eventsCount(target) - 1
		must(target.Set("_eventsCount", count))
		switch {
		case nilSafe(target.GetSymbol(e.kShapeMode)).ToBoolean():
			setKey(evs, typ, goja.Undefined())
		case count == 0:
			must(target.Set("_events", e.newEventsObject()))
		default:
			deleteKey(evs, typ)
			if nilSafe(evs.Get("removeListener")).ToBoolean() {
				removed := list.(*goja.Object).Get("listener")
				if !nilSafe(removed).ToBoolean() {
					removed = listener
				}
				e.callMethod(target, "emit", e.vm.ToValue("removeListener"), typ, removed)
			}
		}
		return
	}
	if isFunction(list) {
		return
	}
	arr := list.ToObject(e.vm)
	vals := arrayValues(arr)
	pos := -1
	for i := len(vals) - 1; i >= 0; i-- {
		if matches(vals[i], listener) {
			pos = i
			break
		}
	}
	if pos < 0 {
		return
	}
	vals = append(vals[:pos], vals[pos+1:]...)
	setArrayValues(arr, vals)
	if len(vals) == 1 {
		setKey(evs, typ, vals[0])
	}
	if !isUndefined(evs.Get("removeListener")) {
		e.callMethod(target, "emit", e.vm.ToValue("removeListener"), typ, listener)
	}
}

// removeAllListenersMethod is removeAllListeners([type]). With 'removeListener'
// listeners present, listeners are removed one by one (last first) so that
// each removal is reported, and the 'removeListener' listeners go last.
func (e *events) removeAllListenersMethod(c goja.FunctionCall) goja.Value {
	this := e.thisObject(c)
	evs := e.eventsOf(this)
	if evs == nil {
		return this
	}
	all := len(c.Arguments) == 0
	typ := c.Argument(0)

	if isUndefined(evs.Get("removeListener")) {
		switch {
		case all:
			must(this.Set("_events", e.newEventsObject()))
			must(this.Set("_eventsCount", 0))
		case !isUndefined(getKey(evs, typ)):
			count := eventsCount(this) - 1
			must(this.Set("_eventsCount", count))
			if count == 0 {
				must(this.Set("_events", e.newEventsObject()))
			} else {
				deleteKey(evs, typ)
			}
		}
		must(this.SetSymbol(e.kShapeMode, false))
		return this
	}

	if all {
		removeListenerName := e.vm.ToValue("removeListener")
		for _, key := range arrayValues(e.ownKeysOf(evs)) {
			if key.StrictEquals(removeListenerName) {
				continue
			}
			e.callMethod(this, "removeAllListeners", key)
		}
		e.callMethod(this, "removeAllListeners", removeListenerName)
		must(this.Set("_events", e.newEventsObject()))
		must(this.Set("_eventsCount", 0))
		must(this.SetSymbol(e.kShapeMode, false))
		return this
	}

	listeners := getKey(evs, typ)
	if isFunction(listeners) {
		e.callMethod(this, "removeListener", typ, listeners)
	} else if !isUndefined(listeners) {
		vals := arrayValues(listeners.ToObject(e.vm))
		for i := len(vals) - 1; i >= 0; i-- {
			e.callMethod(this, "removeListener", typ, vals[i])
		}
	}
	return this
}

// ownKeysOf returns Reflect.ownKeys(o): string keys, then symbols.
func (e *events) ownKeysOf(o *goja.Object) *goja.Object {
	keys, err := e.ownKeys(goja.Undefined(), o)
	must(err)
	return keys.(*goja.Object)
}

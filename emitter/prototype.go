package emitter

import (
	"github.com/dop251/goja"
)

// buildPrototype fills EventEmitter.prototype. Node assigns the methods, so
// they are enumerable (mixins that copy the prototype rely on that).
func (e *events) buildPrototype() {
	p := e.proto
	must(p.Set("_events", goja.Undefined()))
	must(p.Set("_eventsCount", 0))
	must(p.Set("_maxListeners", goja.Undefined()))
	must(p.DefineDataPropertySymbol(e.kCapture, e.falseVal, goja.FLAG_TRUE, goja.FLAG_FALSE, goja.FLAG_FALSE))

	e.emit = e.newFunction("emit", 1, e.emitMethod)
	must(e.emit.DefineDataPropertySymbol(stateKey, e.vm.ToValue(e), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE))
	e.addListenerFn = e.newFunction("addListener", 2, e.addListenerMethod(false))
	e.prependListenerFn = e.newFunction("prependListener", 2, e.addListenerMethod(true))
	e.removeListenerFn = e.newFunction("removeListener", 2, e.removeListenerMethod)
	methods := []struct {
		name string
		fn   *goja.Object
	}{
		{"setMaxListeners", e.newFunction("setMaxListeners", 1, e.setMaxListenersMethod)},
		{"getMaxListeners", e.newFunction("getMaxListeners", 0, e.getMaxListenersMethod)},
		{"emit", e.emit},
		{"addListener", e.addListenerFn},
		{"on", e.addListenerFn},
		{"prependListener", e.prependListenerFn},
		{"once", e.newFunction("once", 2, e.onceMethod(false))},
		{"prependOnceListener", e.newFunction("prependOnceListener", 2, e.onceMethod(true))},
		{"removeListener", e.removeListenerFn},
		{"off", e.removeListenerFn},
		{"removeAllListeners", e.newFunction("removeAllListeners", 1, e.removeAllListenersMethod)},
		{"listeners", e.newFunction("listeners", 1, e.listenersMethod(true))},
		{"rawListeners", e.newFunction("rawListeners", 1, e.listenersMethod(false))},
		{"listenerCount", e.newFunction("listenerCount", 2, e.listenerCountMethod)},
		{"eventNames", e.newFunction("eventNames", 0, e.eventNamesMethod)},
	}
	for _, m := range methods {
		must(p.Set(m.name, m.fn))
	}
}

// init is EventEmitter.init: it gives an emitter its own _events unless a
// subclass already provided one, and settles _maxListeners and
// captureRejections.
func (e *events) init(this *goja.Object, opts goja.Value) {
	evs := this.Get("_events")
	inherited := goja.Undefined()
	if proto := this.Prototype(); proto != nil {
		inherited = proto.Get("_events")
	}
	if isUndefined(evs) || evs.StrictEquals(nilSafe(inherited)) {
		must(this.Set("_events", e.newEventsObject()))
		must(this.Set("_eventsCount", 0))
		must(this.SetSymbol(e.kShapeMode, false))
	} else {
		must(this.SetSymbol(e.kShapeMode, true))
	}
	if max := this.Get("_maxListeners"); max == nil || !max.ToBoolean() {
		must(this.Set("_maxListeners", goja.Undefined()))
	} else {
		must(this.Set("_maxListeners", max))
	}
	capture := goja.Undefined()
	if o, ok := opts.(*goja.Object); ok {
		capture = nilSafe(o.Get("captureRejections"))
	}
	if capture.ToBoolean() {
		e.validateBoolean(capture, "options.captureRejections")
		must(this.SetSymbol(e.kCapture, true))
	} else {
		must(this.SetSymbol(e.kCapture, nilSafe(e.proto.GetSymbol(e.kCapture))))
	}
}

// newEventsObject returns an empty, null-prototype listener table.
func (e *events) newEventsObject() *goja.Object {
	return e.vm.CreateObject(nil)
}

// eventsOf returns target._events, or nil while the emitter has none yet.
func (e *events) eventsOf(target *goja.Object) *goja.Object {
	v := target.Get("_events")
	if isUndefined(v) {
		return nil
	}
	return v.ToObject(e.vm)
}

// thisObject returns the receiver of a method call, throwing a TypeError as
// a property read on undefined or null would.
func (e *events) thisObject(c goja.FunctionCall) *goja.Object {
	return c.This.ToObject(e.vm)
}

// eventsCount returns target._eventsCount as an integer.
func eventsCount(target *goja.Object) int64 {
	return nilSafe(target.Get("_eventsCount")).ToInteger()
}

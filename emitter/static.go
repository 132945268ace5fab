package emitter

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// buildStatics puts the module's helpers on EventEmitter, which is what
// require('events') returns, in Node's order.
func (e *events) buildStatics() {
	c := e.ctor
	must(c.Set("addAbortListener", e.newFunction("addAbortListener", 2, e.addAbortListener)))
	must(c.Set("once", e.newFunction("once", 2, e.onceStatic)))
	must(c.Set("on", e.newFunction("on", 2, e.onStatic)))
	must(c.Set("getEventListeners", e.newFunction("getEventListeners", 2, e.getEventListeners)))
	must(c.Set("getMaxListeners", e.newFunction("getMaxListeners", 1, e.getMaxListenersStatic)))
	must(c.Set("EventEmitter", c))
	must(c.Set("usingDomains", false))
	must(c.Set("captureRejectionSymbol", e.rejection))
	must(c.DefineAccessorProperty("captureRejections",
		e.newFunction("get", 0, func(goja.FunctionCall) goja.Value {
			return nilSafe(e.proto.GetSymbol(e.kCapture))
		}),
		e.newFunction("set", 1, func(call goja.FunctionCall) goja.Value {
			e.validateBoolean(call.Argument(0), "EventEmitter.captureRejections")
			must(e.proto.SetSymbol(e.kCapture, call.Argument(0)))
			return goja.Undefined()
		}), goja.FLAG_FALSE, goja.FLAG_TRUE))
	must(c.Set("errorMonitor", e.errorMonitor))
	must(c.DefineAccessorProperty("defaultMaxListeners",
		e.newFunction("get", 0, func(goja.FunctionCall) goja.Value { return e.defaultMax }),
		e.newFunction("set", 1, func(call goja.FunctionCall) goja.Value {
			e.validateNonNegative(call.Argument(0), "defaultMaxListeners")
			e.defaultMax = call.Argument(0)
			return goja.Undefined()
		}), goja.FLAG_FALSE, goja.FLAG_TRUE))
	must(c.DefineDataProperty("kMaxEventTargetListeners", e.kMaxET, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE))
	must(c.DefineDataProperty("kMaxEventTargetListenersWarned", e.kMaxETWarned, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE))
	must(c.Set("setMaxListeners", e.newFunction("", 0, e.setMaxListenersStatic)))
	must(c.Set("init", e.newFunction("", 1, func(call goja.FunctionCall) goja.Value {
		e.init(call.This.ToObject(e.vm), call.Argument(0))
		return goja.Undefined()
	})))
	must(c.Set("listenerCount", e.newFunction("", 2, e.listenerCountStatic)))
}

// listenerCountStatic is the deprecated EventEmitter.listenerCount(emitter,
// type).
func (e *events) listenerCountStatic(c goja.FunctionCall) goja.Value {
	target := c.Argument(0).ToObject(e.vm)
	if fn := target.Get("listenerCount"); isFunction(fn) {
		return e.call(fn, target, c.Argument(1))
	}
	return e.vm.ToValue(e.listenerCount(target, c.Argument(1), goja.Undefined()))
}

// isEventTargetLike reports whether v looks like a DOM EventTarget (has
// addEventListener) rather than an EventEmitter.
func isEventTargetLike(v goja.Value) bool {
	return isObjectWith(v, "addEventListener") && !isObjectWith(v, "on")
}

// EventTargetListenersKey is the Symbol.for key under which an EventTarget
// implementation can expose a function (type) => array of listeners, so
// that events.getEventListeners works on it.
const EventTargetListenersKey = "nodeshim.eventTargetListeners"

// getEventListeners is events.getEventListeners(emitterOrTarget, type).
func (e *events) getEventListeners(c goja.FunctionCall) goja.Value {
	target := c.Argument(0)
	if o, ok := target.(*goja.Object); ok {
		if fn := o.Get("listeners"); isFunction(fn) {
			return e.call(fn, o, c.Argument(1))
		}
		if isEventTargetLike(o) {
			sym := e.registeredSymbol(e.vm.Get("Symbol").(*goja.Object), EventTargetListenersKey)
			if fn := o.GetSymbol(sym); isFunction(fn) {
				return e.call(fn, o, c.Argument(1))
			}
			return e.vm.NewArray()
		}
	}
	panic(nodeerr.InvalidArgType(e.vm, "emitter", "an instance of EventEmitter or EventTarget", target))
}

// getMaxListenersStatic is events.getMaxListeners(emitterOrTarget).
func (e *events) getMaxListenersStatic(c goja.FunctionCall) goja.Value {
	target := c.Argument(0)
	if o, ok := target.(*goja.Object); ok {
		if isFunction(o.Get("getMaxListeners")) {
			return e.maxListeners(o)
		}
		if m := o.GetSymbol(e.kMaxET); nilSafe(m).ToBoolean() {
			return m
		}
		if isEventTargetLike(o) {
			return e.defaultMax
		}
	}
	panic(nodeerr.InvalidArgType(e.vm, "emitter", "an instance of EventEmitter or EventTarget", target))
}

// setMaxListenersStatic is events.setMaxListeners(n, ...targets): without
// targets it sets defaultMaxListeners.
func (e *events) setMaxListenersStatic(c goja.FunctionCall) goja.Value {
	n := c.Argument(0)
	if isUndefined(n) {
		n = e.defaultMax
	}
	e.validateNonNegative(n, "setMaxListeners")
	if len(c.Arguments) <= 1 {
		e.defaultMax = n
		return goja.Undefined()
	}
	for _, t := range c.Arguments[1:] {
		switch {
		case isEventTargetLike(t):
			o := t.(*goja.Object)
			must(o.SetSymbol(e.kMaxET, n))
			must(o.SetSymbol(e.kMaxETWarned, false))
		case isObjectWith(t, "setMaxListeners"):
			e.callMethod(t.(*goja.Object), "setMaxListeners", n)
		default:
			panic(nodeerr.InvalidArgType(e.vm, "eventTargets", "an instance of EventEmitter or EventTarget", t))
		}
	}
	return goja.Undefined()
}

// isObjectWith reports whether v is an object with a method called name.
func isObjectWith(v goja.Value, name string) bool {
	o, ok := v.(*goja.Object)
	return ok && o != nil && isFunction(o.Get(name))
}

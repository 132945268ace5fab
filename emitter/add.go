package emitter

import (
	"strconv"

	"github.com/dop251/goja"
)

// addListenerMethod returns on/addListener (prepend false) or
// prependListener (prepend true).
func (e *events) addListenerMethod(prepend bool) func(goja.FunctionCall) goja.Value {
	return func(c goja.FunctionCall) goja.Value {
		this := e.thisObject(c)
		e.addListener(this, c.Argument(0), c.Argument(1), prepend)
		return this
	}
}

// addListener stores listener for typ on target: 'newListener' is emitted
// first (with the original listener of a once wrapper), a second listener
// turns the entry into an array, and passing the max-listener limit warns
// once per array.
func (e *events) addListener(target *goja.Object, typ, listener goja.Value, prepend bool) {
	e.checkListener(listener)
	evs := e.eventsOf(target)
	existing := goja.Undefined()
	if evs == nil {
		evs = e.newEventsObject()
		must(target.Set("_events", evs))
		must(target.Set("_eventsCount", 0))
	} else {
		if !isUndefined(evs.Get("newListener")) {
			e.callMethod(target, "emit", e.vm.ToValue("newListener"), typ, originalListener(listener))
			if evs = e.eventsOf(target); evs == nil {
				evs = e.newEventsObject()
				must(target.Set("_events", evs))
			}
		}
		existing = nilSafe(getKey(evs, typ))
	}

	if isUndefined(existing) {
		setKey(evs, typ, listener)
		must(target.Set("_eventsCount", eventsCount(target)+1))
		return
	}
	var list *goja.Object
	if isFunction(existing) {
		if prepend {
			list = e.vm.NewArray(listener, existing)
		} else {
			list = e.vm.NewArray(existing, listener)
		}
		setKey(evs, typ, list)
	} else {
		list = existing.ToObject(e.vm)
		if prepend {
			setArrayValues(list, append([]goja.Value{listener}, arrayValues(list)...))
		} else {
			must(list.Set(strconv.FormatInt(nilSafe(list.Get("length")).ToInteger(), 10), listener))
		}
	}
	e.checkMaxListeners(target, typ, list)
}

// originalListener is what 'newListener' reports: the wrapped function of a
// once wrapper (listener.listener ?? listener).
func originalListener(listener goja.Value) goja.Value {
	if l := listener.(*goja.Object).Get("listener"); !isNullish(l) {
		return l
	}
	return listener
}

// onceMethod returns once (via this.on) or prependOnceListener (via
// this.prependListener). Calling the method by name lets subclasses that
// override on, such as streams, see once listeners too; when the method is
// EventEmitter's own, it runs directly.
func (e *events) onceMethod(prepend bool) func(goja.FunctionCall) goja.Value {
	adder := "on"
	if prepend {
		adder = "prependListener"
	}
	return func(c goja.FunctionCall) goja.Value {
		this := e.thisObject(c)
		typ, listener := c.Argument(0), c.Argument(1)
		e.checkListener(listener)
		wrapper := e.onceWrap(this, typ, listener)
		own := e.addListenerFn
		if prepend {
			own = e.prependListenerFn
		}
		if fn := this.Get(adder); sameObject(fn, own) {
			e.addListener(this, typ, wrapper, prepend)
		} else {
			e.callValue(this, adder, fn, typ, wrapper)
		}
		return this
	}
}

// onceState is a once wrapper's: its emitter, event and listener, the
// wrapper itself and whether it has fired.
type onceState struct {
	e        *events
	fired    bool
	wrapper  *goja.Object
	target   *goja.Object
	typ      goja.Value
	listener goja.Value
}

// onceWrap returns the wrapper Node stores for a once listener, named as
// Node's bound onceWrapper is; its listener property is the original
// function (what rawListeners shows).
func (e *events) onceWrap(target *goja.Object, typ, listener goja.Value) *goja.Object {
	st := &onceState{e: e, target: target, typ: typ, listener: listener}
	// (A closure, not the method value st.fire: goja names the function
	// from its PC, which costs more for a method value's wrapper.)
	st.wrapper = e.vm.ToValue(func(c goja.FunctionCall) goja.Value { return st.fire(c) }).(*goja.Object)
	// A Go function's length is already 0: only its name needs setting,
	// from a value made once (a once listener is added per connection).
	must(st.wrapper.DefineDataProperty("name", e.onceWrapperName, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	must(st.wrapper.Set("listener", listener))
	return st.wrapper
}

// fire is the wrapper's call: the first one removes the wrapper through the
// emitter's removeListener, as the emitter has it now (directly when it is
// EventEmitter's own), marks it fired unless that threw, and calls the
// listener with the emitter as this; later ones do nothing.
func (st *onceState) fire(c goja.FunctionCall) goja.Value {
	if st.fired {
		return goja.Undefined()
	}
	e := st.e
	if fn := st.target.Get("removeListener"); sameObject(fn, e.removeListenerFn) {
		e.removeListener(st.target, st.typ, st.wrapper)
	} else {
		e.callValue(st.target, "removeListener", fn, st.typ, st.wrapper)
	}
	st.fired = true
	return e.callOnceListener(st.listener.(*goja.Object), st.target, c.Arguments)
}

// callOnceListener calls a fired once listener as Node's onceWrapper does,
// with listener.call(target) when there are no arguments and
// listener.apply(target, args) otherwise, read from the listener: its own
// call or apply, or a script's Function.prototype one, is what runs (given
// the arguments as an array). The builtin one runs as a direct call.
func (e *events) callOnceListener(listener, target *goja.Object, args []goja.Value) goja.Value {
	if len(args) == 0 {
		if fn := listener.Get("call"); !sameObject(fn, e.funcCall) {
			return e.callValue(listener, "call", fn, target)
		}
	} else if fn := listener.Get("apply"); !sameObject(fn, e.funcApply) {
		return e.callValue(listener, "apply", fn, target, e.argsArray(args))
	}
	return e.call(listener, target, args...)
}

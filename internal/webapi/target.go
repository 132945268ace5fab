package webapi

import (
	"reflect"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// newEventTargetClass builds EventTarget.
func (r *realm) newEventTargetClass() *Class {
	vm := r.vm
	c := r.newClass("EventTarget", 0, nil, func(this *goja.Object, _ []goja.Value) {
		r.initTarget(this)
	})
	c.Method("addEventListener", 2, r.addEventListener)
	c.Method("removeEventListener", 2, r.removeEventListener)
	c.Method("dispatchEvent", 1, func(call goja.FunctionCall) goja.Value {
		ts := r.thisTarget(call)
		evObj, ev := r.eventArg(call.Arguments)
		return vm.ToValue(r.dispatch(ts, call.This.(*goja.Object), evObj, ev))
	})
	must(c.Ctor.DefineDataPropertySymbol(r.in.isEventTarget, vm.ToValue(true), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE))
	listeners := r.function("getEventListeners", 1, func(call goja.FunctionCall) goja.Value {
		ts := r.thisTarget(call)
		cbs := ts.callbacks(call.Argument(0).String())
		items := make([]any, len(cbs))
		for i, cb := range cbs {
			items[i] = cb
		}
		return vm.NewArray(items...)
	})
	must(c.Proto.DefineDataPropertySymbol(r.in.listenersKey, listeners, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	r.defineInspect(c.Proto, func(call goja.FunctionCall) goja.Value {
		return r.inspectAs(call, vm.NewObject())
	})
	return c
}

// initTarget makes obj an EventTarget.
func (r *realm) initTarget(obj *goja.Object) *targetState {
	ts := &targetState{r: r}
	hiddenState.Attach(r.vm, obj, ts)
	return ts
}

// thisTarget returns the state of a method's receiver or throws
// ERR_INVALID_THIS.
func (r *realm) thisTarget(call goja.FunctionCall) *targetState {
	ts, ok := StateOf[*targetState](hiddenState, call.This)
	if !ok {
		panic(invalidThis(r.vm, "EventTarget"))
	}
	return ts
}

var typeBool = reflect.TypeOf(true)

// listenOptions are addEventListener's options.
type listenOptions struct {
	once, capture, passive bool
	signal                 *goja.Object
}

// parseListenOptions reads addEventListener's options as Node does: a
// boolean is the capture flag, an object is read in the order once,
// capture, passive, signal.
func (r *realm) parseListenOptions(v goja.Value) listenOptions {
	var opts listenOptions
	switch {
	case isNullish(v):
		return opts
	case isBoolean(v):
		opts.capture = v.ToBoolean()
		return opts
	}
	o, ok := v.(*goja.Object)
	if !ok {
		panic(nodeerr.InvalidArgType(r.vm, "options", "of type object", v))
	}
	opts.once = truthy(o.Get("once"))
	opts.capture = truthy(o.Get("capture"))
	opts.passive = truthy(o.Get("passive"))
	if s := o.Get("signal"); s != nil && !goja.IsUndefined(s) {
		so, ok := s.(*goja.Object)
		if !ok || so.Get("aborted") == nil {
			panic(nodeerr.InvalidArgType(r.vm, "options.signal", "an instance of AbortSignal", s))
		}
		opts.signal = so
	}
	return opts
}

// isBoolean reports whether v is a JavaScript boolean (not a Boolean
// object). It must not Export an object, which would run its getters.
func isBoolean(v goja.Value) bool {
	return v != nil && !isObject(v) && v.ExportType() == typeBool
}

// listenerArg classifies addEventListener's listener argument: nil for null
// or undefined (which Node ignores with a warning), else the object.
func (r *realm) listenerArg(v goja.Value) *goja.Object {
	if isNullish(v) {
		return nil
	}
	o, ok := v.(*goja.Object)
	if !ok {
		panic(nodeerr.InvalidArgType(r.vm, "listener", "an instance of EventListener", v))
	}
	return o
}

// listenerType converts the type argument of add/removeEventListener,
// which Node checks with a message of its own for a Symbol.
func (r *realm) listenerType(v goja.Value) string {
	if _, ok := v.(*goja.Symbol); ok {
		panic(nodeerr.InvalidArgValue(r.vm, "value", v, ""))
	}
	return toDOMString(r.vm, v).String()
}

// addEventListener is EventTarget.prototype.addEventListener.
func (r *realm) addEventListener(call goja.FunctionCall) goja.Value {
	ts := r.thisTarget(call)
	if len(call.Arguments) < 2 {
		panic(missingArgs(r.vm, "type", "listener"))
	}
	opts := r.parseListenOptions(call.Argument(2))
	cb := r.listenerArg(call.Arguments[1])
	if cb == nil {
		r.warn("addEventListener called with "+call.Arguments[1].String()+" which has no effect.",
			"AddEventListenerArgumentTypeWarning")
		return goja.Undefined()
	}
	typ := r.listenerType(call.Arguments[0])
	if opts.signal != nil && truthy(opts.signal.Get("aborted")) {
		return goja.Undefined()
	}
	l := &listener{kind: kindObject, callback: cb, capture: opts.capture, once: opts.once, passive: opts.passive}
	if fn, ok := goja.AssertFunction(cb); ok {
		l.kind, l.fn = kindFunction, fn
	}
	if ts.add(typ, l) && opts.signal != nil {
		l.unhook = r.removeOnAbort(opts.signal, func() { ts.remove(typ, l) })
	}
	return goja.Undefined()
}

// removeEventListener is EventTarget.prototype.removeEventListener.
func (r *realm) removeEventListener(call goja.FunctionCall) goja.Value {
	ts := r.thisTarget(call)
	if len(call.Arguments) < 2 {
		panic(missingArgs(r.vm, "type", "listener"))
	}
	cb := r.listenerArg(call.Arguments[1])
	if cb == nil {
		return goja.Undefined()
	}
	typ := r.listenerType(call.Arguments[0])
	capture := false
	switch opts := call.Argument(2); {
	case isBoolean(opts):
		capture = opts.ToBoolean()
	case isObject(opts):
		capture = truthy(opts.(*goja.Object).Get("capture"))
	}
	if l := ts.find(typ, cb, capture); l != nil {
		ts.remove(typ, l)
	}
	return goja.Undefined()
}

// removeOnAbort arranges for remove to run when signal aborts, as the
// {signal} option asks, and returns the function that cancels that. A
// signal that is not one of ours is subscribed to through its
// addEventListener, as Node does with whatever it is given.
func (r *realm) removeOnAbort(signal *goja.Object, remove func()) (unhook func()) {
	if as := signalOf(signal); as != nil {
		return as.hook(remove)
	}
	add, ok := goja.AssertFunction(signal.Get("addEventListener"))
	if !ok {
		panic(r.vm.NewTypeError("signal.addEventListener is not a function"))
	}
	opts := r.vm.NewObject()
	must(opts.Set("once", true))
	call(add, signal, r.vm.ToValue("abort"), r.function("", 0, func(goja.FunctionCall) goja.Value {
		remove()
		return goja.Undefined()
	}), opts)
	return nil
}

// warn calls process.emitWarning(msg, typ) when the runtime has a process.
func (r *realm) warn(msg, typ string) {
	proc, ok := r.vm.Get("process").(*goja.Object)
	if !ok {
		return
	}
	if emit, ok := goja.AssertFunction(proc.Get("emitWarning")); ok {
		call(emit, proc, r.vm.ToValue(msg), r.vm.ToValue(typ))
	}
}

package webapi

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// dispatch runs ev's listeners on the target and reports whether the event
// was not canceled (dispatchEvent's result).
//
// The walk follows Node's linked list (see listener). Unlike Node 20, which
// clears the "being dispatched" state after the first listener returns, the
// event stays at its target for the whole dispatch, as the DOM says:
// currentTarget, eventPhase and composedPath are right in every listener,
// and re-dispatching the event from any of them throws.
func (r *realm) dispatch(ts *targetState, target, evObj *goja.Object, ev *eventState) bool {
	return r.dispatchTo(ts, ts.lists[ev.typeName], target, evObj, ev)
}

// dispatchTo is dispatch with the target's list for the event's type (nil
// when it has none) found by the caller.
func (r *realm) dispatchTo(ts *targetState, list *listenerList, target, evObj *goja.Object, ev *eventState) bool {
	if ev.dispatching {
		panic(nodeerr.Error(r.vm, "ERR_EVENT_RECURSION", `The event "`+ev.typeName+`" is already being dispatched`))
	}
	ev.target = target
	ev.dispatching = true
	outer := r.current
	r.current = dispatched{obj: evObj, ev: ev}
	defer func() { ev.dispatching, r.current = false, outer }()
	if list == nil {
		return !ev.defaultPrevented()
	}
	for h := list.head.next; h != nil; {
		if ev.stopImmediate && list.resist == 0 {
			break
		}
		next := h.next
		if h.removed || (ev.stopImmediate && !h.resist) {
			h = next
			continue
		}
		if h.once {
			ts.remove(ev.typeName, h)
		}
		r.invoke(h, target, evObj, ev)
		h = next
	}
	return !ev.defaultPrevented()
}

// invoke calls one listener. Its exception is reported, not thrown: Node
// rethrows it from process.nextTick. A returned thenable that rejects is
// reported too. An EventListener object is called as Node does, through an
// async wrapper, so anything it throws is reported a few microtasks later.
func (r *realm) invoke(h *listener, target, evObj *goja.Object, ev *eventState) {
	var res goja.Value
	var err error
	switch h.kind {
	case kindFunction, kindHandler:
		if h.fn == nil { // a handler attribute holding a non-function
			return
		}
		ev.args[0] = evObj // a native listener before may have changed it
		res, err = h.fn(target, ev.args[:]...)
	case kindObject:
		res = r.callHandleEvent(h.callback, evObj)
	case kindGo:
		h.goFn(ev)
		return
	}
	if err != nil {
		r.report(err)
		return
	}
	if o, ok := res.(*goja.Object); ok {
		r.catchRejection(o)
	}
}

// callHandleEvent calls listener.handleEvent(event), looking it up at each
// dispatch as the DOM does, and returns its result. Whatever it throws comes
// back as a rejected promise, as from Node's async wrapper.
func (r *realm) callHandleEvent(listener, evObj *goja.Object) goja.Value {
	var res goja.Value = goja.Undefined()
	ex := r.vm.Try(func() {
		handle := listener.Get("handleEvent")
		if !truthy(handle) {
			return
		}
		fn, ok := goja.AssertFunction(handle)
		if !ok {
			panic(r.vm.NewTypeError("Function.prototype.apply was called on " + describeValue(handle) + " and not a function"))
		}
		res = call(fn, listener, evObj)
	})
	if ex != nil {
		p, _, reject := r.vm.NewPromise()
		must(reject(ex.Value()))
		return r.vm.ToValue(p)
	}
	return res
}

// describeValue names a value the way V8's "called on" messages do:
// "5, which is a number", "#<Object>, which is an object".
func describeValue(v goja.Value) string {
	if o, ok := v.(*goja.Object); ok {
		name := "Object"
		if ctor, ok := o.Get("constructor").(*goja.Object); ok {
			if n := ctor.Get("name"); n != nil && n.String() != "" {
				name = n.String()
			}
		}
		return "#<" + name + ">, which is an object"
	}
	kind := "a string"
	switch {
	case isNumber(v):
		kind = "a number"
	case isBoolean(v):
		kind = "a boolean"
	case goja.IsBigInt(v):
		kind = "a bigint"
	}
	if _, ok := v.(*goja.Symbol); ok {
		return v.String() + ", which is a symbol"
	}
	return v.String() + ", which is " + kind
}

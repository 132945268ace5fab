package webapi

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// Enable installs the globals on vm: EventTarget, Event, CustomEvent,
// DOMException, AbortController, AbortSignal, TextEncoder, TextDecoder and
// structuredClone. Both façades call it; calls after the first do nothing.
func Enable(vm *goja.Runtime) {
	realmOf(vm).install()
}

// EventTargetClass returns vm's EventTarget class, to extend from Go with
// NewClass (a constructor extending it calls InitEventTarget on call.This).
func EventTargetClass(vm *goja.Runtime) *Class { return realmOf(vm).eventTarget }

// EventTargetPrototype returns EventTarget.prototype of vm.
func EventTargetPrototype(vm *goja.Runtime) *goja.Object { return realmOf(vm).eventTarget.Proto }

// EventClass returns vm's Event class, to extend from Go (a constructor
// extending it calls InitEvent on call.This).
func EventClass(vm *goja.Runtime) *Class { return realmOf(vm).event }

// DOMExceptionClass returns vm's DOMException class.
func DOMExceptionClass(vm *goja.Runtime) *Class { return realmOf(vm).domException }

// AbortSignalClass returns vm's AbortSignal class.
func AbortSignalClass(vm *goja.Runtime) *Class { return realmOf(vm).abortSignal }

// InitEventTarget makes obj an EventTarget (with no listeners). Call it in
// the constructor of a class that extends EventTarget.
func InitEventTarget(vm *goja.Runtime, obj *goja.Object) {
	realmOf(vm).initTarget(obj)
}

// NewEventTarget returns a new EventTarget whose prototype is proto, which
// should inherit from EventTarget.prototype: for objects Go creates without
// running a JavaScript constructor, such as an accepted socket.
func NewEventTarget(vm *goja.Runtime, proto *goja.Object) *goja.Object {
	obj := vm.CreateObject(proto)
	realmOf(vm).initTarget(obj)
	return obj
}

// InitEvent makes obj an Event from constructor arguments (type, then an
// EventInit dictionary), validating them as the Event constructor does. Call
// it in the constructor of a class that extends Event, such as
// MessageEvent, before reading the class's own init members.
func InitEvent(vm *goja.Runtime, obj *goja.Object, args []goja.Value) {
	realmOf(vm).initEventFromJS(obj, args)
}

// NewEvent returns a trusted Event (isTrusted is true, as for events the
// platform fires) of type typ.
func NewEvent(vm *goja.Runtime, typ string, init EventInit) *goja.Object {
	r := realmOf(vm)
	obj, _ := r.newEvent(r.event.Proto, typ, init)
	return obj
}

// NewEventWithPrototype returns a trusted event of type typ whose prototype
// is proto (which must inherit from Event.prototype), for event subclasses
// built in Go; the caller then sets the subclass's own fields.
func NewEventWithPrototype(vm *goja.Runtime, proto *goja.Object, typ string, init EventInit) *goja.Object {
	obj, _ := realmOf(vm).newEvent(proto, typ, init)
	return obj
}

// Dispatch dispatches event at target as target.dispatchEvent(event) would,
// without a call into JavaScript, and returns false if a listener canceled
// it. A listener's exception is reported as uncaught (from
// process.nextTick, as Node does) and the other listeners still run. It
// panics with a TypeError if target is not an EventTarget or event not an
// Event, and with ERR_EVENT_RECURSION if event is being dispatched.
//
// Call it inside a task of the runtime's Host (any loop callback is one),
// so that promise jobs run after all listeners rather than after each.
func Dispatch(vm *goja.Runtime, target, event *goja.Object) bool {
	ts, ok := StateOf[*targetState](hiddenState, target)
	if !ok {
		panic(nodeerr.InvalidArgType(vm, "target", "an instance of EventTarget", target))
	}
	evObj, ev := ts.r.eventArg([]goja.Value{event})
	return ts.r.dispatch(ts, target, evObj, ev)
}

// Fire dispatches a new trusted Event of type typ at target, if anything
// listens for typ (the event is not even created otherwise), and returns
// false if a listener canceled it. See Dispatch.
func Fire(vm *goja.Runtime, target *goja.Object, typ string) bool {
	ts, ok := StateOf[*targetState](hiddenState, target)
	if !ok {
		panic(nodeerr.InvalidArgType(vm, "target", "an instance of EventTarget", target))
	}
	return Target{ts: ts, obj: target}.Fire(typ)
}

// DefineEventHandler defines the on<typ> event handler attribute on proto
// (e.g. typ "message" defines onmessage). The handler takes the place in
// the listener order of its first assignment, and keeps it (Node 20's rule).
func DefineEventHandler(vm *goja.Runtime, proto *goja.Object, typ string) {
	realmOf(vm).defineEventHandler(proto, typ, false)
}

// NewDOMException returns a DOMException with message and name (its code
// follows from the name).
func NewDOMException(vm *goja.Runtime, message, name string) *goja.Object {
	return realmOf(vm).newDOMException(message, name)
}

// NewAbortSignal returns a new AbortSignal and the function that aborts it
// with a reason (undefined means a DOMException AbortError, as
// AbortController.abort() gives).
func NewAbortSignal(vm *goja.Runtime) (signal *goja.Object, abort func(reason goja.Value)) {
	r := realmOf(vm)
	as := r.newSignal()
	return as.obj, func(reason goja.Value) {
		if reason == nil || goja.IsUndefined(reason) {
			reason = r.abortError()
		}
		as.abort(reason)
	}
}

// Aborted reports whether signal is an AbortSignal that has aborted, and
// with what reason.
func Aborted(signal goja.Value) (aborted bool, reason goja.Value) {
	if as := signalOf(signal); as != nil && as.aborted {
		return true, as.reason
	}
	return false, nil
}

// OnAbort makes fn run with the reason when signal aborts. fn runs in the
// signal's 'abort' listener order, even if a listener before it stops
// propagation, as Node's own {signal} hooks do. remove cancels it. If
// signal is not an AbortSignal, or has already aborted, nothing is
// arranged (check Aborted first).
func OnAbort(signal goja.Value, fn func(reason goja.Value)) (remove func()) {
	as := signalOf(signal)
	if as == nil || as.aborted {
		return func() {}
	}
	return as.hook(func() { fn(as.reason) })
}

package webapi

import "github.com/dop251/goja"

// Target is the Go side of one EventTarget, kept by Go code that fires many
// events at it (a socket's message events), so that each event skips the
// lookups of the target and of the event that Fire, HasListeners and
// Dispatch make.
type Target struct {
	ts  *targetState
	obj *goja.Object
}

// TargetOf returns the Target of obj, and false if obj is not an
// EventTarget.
func TargetOf(obj *goja.Object) (Target, bool) {
	ts, ok := StateOf[*targetState](hiddenState, obj)
	return Target{ts: ts, obj: obj}, ok
}

// Listened reports whether typ has a listener or an on<typ> handler.
func (t Target) Listened(typ string) bool {
	return t.ts.hasListeners(typ)
}

// eventWith is the state of an event and of its subclass, allocated as
// one.
type eventWith[T any] struct {
	eventState
	data T
}

// FireWith dispatches a new trusted event of type typ whose prototype is
// proto (inheriting from Event.prototype) and which carries a copy of data,
// the subclass's Go state, if anything listens for typ; the event is not
// even created otherwise. Events.Data then returns a *T. The state of the
// event and its subclass's are one allocation, for events fired in great
// numbers (a socket's messages). It returns false if a listener canceled
// the event. See Dispatch.
func FireWith[T any](t Target, proto *goja.Object, typ string, data T) bool {
	if !t.ts.hasListeners(typ) {
		return true
	}
	x := &eventWith[T]{data: data}
	obj := t.ts.r.newEventIn(&x.eventState, proto, typ, EventInit{})
	x.eventState.data = &x.data
	return t.ts.r.dispatch(t.ts, t.obj, obj, &x.eventState)
}

// Fire dispatches a new trusted Event of type typ carrying nothing, if
// anything listens for typ. See FireWith.
func (t Target) Fire(typ string) bool {
	if !t.ts.hasListeners(typ) {
		return true
	}
	obj, ev := t.ts.r.newEvent(t.ts.r.event.Proto, typ, EventInit{})
	return t.ts.r.dispatch(t.ts, t.obj, obj, ev)
}

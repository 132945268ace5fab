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
	list := t.ts.listened(typ)
	if list == nil {
		return true
	}
	x := &eventWith[T]{data: data}
	return t.fire(list, &x.eventState, proto, typ, &x.data)
}

// Fire dispatches a new trusted Event of type typ carrying nothing, if
// anything listens for typ. See FireWith.
func (t Target) Fire(typ string) bool {
	list := t.ts.listened(typ)
	if list == nil {
		return true
	}
	return t.fire(list, &eventState{}, t.ts.r.event.Proto, typ, nil)
}

// fire dispatches at t a new trusted event of type typ, whose listeners
// are list, with its state in ev carrying data and with proto as its
// prototype.
func (t Target) fire(list *listenerList, ev *eventState, proto *goja.Object, typ string, data any) bool {
	obj := t.ts.r.newEventIn(ev, proto, list.typ, typ, EventInit{})
	ev.data = data
	return t.ts.r.dispatchTo(t.ts, list, t.obj, obj, ev)
}

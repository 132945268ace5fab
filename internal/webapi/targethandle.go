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

// FireWithData dispatches a new trusted event of type typ whose prototype
// is proto (inheriting from Event.prototype) and which carries data, the
// subclass's Go state (see NewEventWithData), if anything listens for typ;
// the event is not even created otherwise. It returns false if a listener
// canceled the event. See Dispatch.
func (t Target) FireWithData(proto *goja.Object, typ string, data any) bool {
	if !t.ts.hasListeners(typ) {
		return true
	}
	obj, ev := t.ts.r.newEvent(proto, typ, EventInit{})
	ev.data = data
	return t.ts.r.dispatch(t.ts, t.obj, obj, ev)
}

// Fire is FireWithData for a plain Event carrying nothing.
func (t Target) Fire(typ string) bool {
	return t.FireWithData(t.ts.r.event.Proto, typ, nil)
}

package webapi

import "github.com/dop251/goja"

// An Event subclass built in Go (MessageEvent, CloseEvent ...) keeps its own
// fields in the Event's hidden record rather than in a second hidden
// property: each hidden property costs a wrapper object and a property
// definition, a third of the cost of a small message event.

// NewEventWithData returns a trusted event of type typ whose prototype is
// proto (which must inherit from Event.prototype), carrying data, the
// subclass's Go state, for EventData to return.
func NewEventWithData(vm *goja.Runtime, proto *goja.Object, typ string, init EventInit, data any) *goja.Object {
	obj, ev := realmOf(vm).newEvent(proto, typ, init)
	ev.data = data
	return obj
}

// SetEventData stores data, a subclass's Go state, in the Event obj (made
// one by InitEvent, as in a subclass's constructor). It reports false if
// obj is not an Event.
func SetEventData(obj *goja.Object, data any) bool {
	ev, ok := StateOf[*eventState](hiddenState, obj)
	if ok {
		ev.data = data
	}
	return ok
}

// EventData returns the Go state a subclass stored in the event v with
// NewEventWithData or SetEventData; ok is false if v is not an Event or
// carries none.
func EventData(v goja.Value) (data any, ok bool) {
	ev, ok := StateOf[*eventState](hiddenState, v)
	if !ok || ev.data == nil {
		return nil, false
	}
	return ev.data, true
}

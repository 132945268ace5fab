package webapi

import "github.com/dop251/goja"

// An Event subclass built in Go (MessageEvent, CloseEvent ...) keeps its own
// fields in the Event's Go state rather than in a hidden property of its
// own: each hidden property costs a wrapper object and a property
// definition, a third of the cost of a small message event.

// NewEventWithData returns a trusted event of type typ whose prototype is
// proto (which must inherit from Event.prototype), carrying data, the
// subclass's Go state, for Events.Data to return.
func NewEventWithData(vm *goja.Runtime, proto *goja.Object, typ string, init EventInit, data any) *goja.Object {
	obj, ev := realmOf(vm).newEvent(proto, typ, init)
	ev.data = data
	return obj
}

// SetEventData stores data, a subclass's Go state, in the Event obj (made
// one by InitEvent, as in a subclass's constructor). It reports false if
// obj is not an Event.
func SetEventData(obj *goja.Object, data any) bool {
	ev, ok := eventStateOf(obj)
	if ok {
		ev.data = data
	}
	return ok
}

// Events is the event machinery of one runtime, for Go code that reads the
// state of events often, such as the getters of an Event subclass.
type Events struct{ r *realm }

// EventsOf returns vm's Events.
func EventsOf(vm *goja.Runtime) Events { return Events{r: realmOf(vm)} }

// Data returns the Go state a subclass stored in the event v with
// NewEventWithData, SetEventData or FireWith (which stores a *T); ok is
// false if v is not an Event or carries none. The event whose listeners
// are running is answered without a property lookup.
func (e Events) Data(v goja.Value) (data any, ok bool) {
	ev, ok := e.r.eventOf(v)
	if !ok || ev.data == nil {
		return nil, false
	}
	return ev.data, true
}

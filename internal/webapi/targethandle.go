package webapi

import "github.com/dop251/goja"

// Target is the Go side of one EventTarget, kept by Go code that fires many
// events at it (a socket's message events), so that each event skips the
// lookups of the target and of the event that Fire and Dispatch make.
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
// event and its subclass's are one allocation. It returns false if a
// listener canceled the event. See Dispatch.
func FireWith[T any](t Target, proto *goja.Object, typ string, data T) bool {
	list := t.ts.listened(typ)
	if list == nil {
		return true
	}
	return FireTo(Listeners{t: t, list: list, typ: typ}, nil, proto, data)
}

// Listeners is one EventTarget's listener list for one event type, kept by
// Go code that fires that type often (a socket's messages), so that each
// event skips the lookups of the list by its type.
type Listeners struct {
	t    Target
	list *listenerList
	typ  string
}

// Listeners returns t's listener list for typ, which stays t's list for
// typ for good (an empty one is made if typ has no listener yet).
func (t Target) Listeners(typ string) Listeners {
	return Listeners{t: t, list: t.ts.list(typ, true), typ: typ}
}

// Listened reports whether the list has a listener or an on<type> handler.
func (l Listeners) Listened() bool {
	return l.list.live > 0
}

// FireTo is FireWith for the type of a kept list, with the event's state
// and prototype link taken from states (see EventStates), or of the
// event's own if states is nil.
func FireTo[T any](l Listeners, states *EventStates[T], proto *goja.Object, data T) bool {
	if !l.Listened() {
		return true
	}
	if states == nil {
		x := &eventWith[T]{data: data}
		return l.t.fire(l.list, &x.eventState, proto, l.typ, &x.data)
	}
	r := l.t.ts.r
	x, link := states.take(r, proto)
	x.data = data
	ev := &x.eventState
	ev.data = &x.data
	obj := r.newTrustedEvent(ev, link.obj, l.list.typ, l.typ, EventInit{})
	link.add(obj, ev)
	return r.dispatchTo(l.t.ts, l.list, l.t.obj, obj, ev)
}

// eventBatchSize is how many events share an eventBatch.
const eventBatchSize = 16

// EventStates makes the Go side of the events of one kind that are fired
// in great numbers (a socket's messages), carrying a T each, by batches
// of eventBatchSize: the events of a batch have their states in one
// allocation and share one prototype link (see eventLink), where each
// event's own state and link cost three allocations and a SetPrototype,
// some 850 instructions. The cost is in memory: an event a script keeps
// keeps its batch, and the other events of the batch with their data,
// alive; which is why the events of large data are better fired with a
// state of their own (FireTo with no EventStates). The zero EventStates
// is ready to use, on one runtime.
type EventStates[T any] struct {
	batch *eventBatch[T]
	used  int
}

// eventBatch is the states and the link of eventBatchSize events.
type eventBatch[T any] struct {
	link   eventLink
	events [eventBatchSize]eventWith[T]
}

// take returns a zero state for an event whose prototype is proto, and
// the link to make its prototype.
func (s *EventStates[T]) take(r *realm, proto *goja.Object) (*eventWith[T], *eventLink) {
	if s.batch == nil || s.used == eventBatchSize || s.batch.link.proto != proto {
		s.batch, s.used = &eventBatch[T]{}, 0
		s.batch.link.init(r, proto)
	}
	x := &s.batch.events[s.used]
	s.used++
	return x, &s.batch.link
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

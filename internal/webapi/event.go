package webapi

import (
	"reflect"
	"time"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// Event phases, as Event.NONE and Event.AT_TARGET. Node's EventTarget has no
// tree, so an event is only ever at its target.
const (
	phaseNone     = 0
	phaseAtTarget = 2
)

// eventState is the Go side of an Event.
type eventState struct {
	Opaque
	r        *realm
	typ      goja.Value // the type as a JavaScript string
	typeName string     // the same, in Go

	bubbles, cancelable, composed bool
	trusted                       bool
	canceled                      bool // defaultPrevented
	stop, stopImmediate           bool
	dispatching                   bool
	custom                        bool // constructed as a CustomEvent
	target                        *goja.Object
	timeStamp                     float64
	detail                        goja.Value
	data                          any // a subclass's Go state (see Events.Data)

	// args is the argument list of the event's listener calls: the event
	// object alone. It belongs to this event for good, so a native listener
	// that keeps its call.Arguments keeps the right list, and a call costs
	// no allocation of its own.
	args [1]goja.Value
}

// timeOrigin is when the process started, the origin of Event.timeStamp
// (Node's performance.now()).
var timeOrigin = time.Now()

// Now returns the milliseconds since the process started, with sub-µs
// precision: the clock of performance.now() and Event.timeStamp.
func Now() float64 { return float64(time.Since(timeOrigin).Nanoseconds()) / 1e6 }

// TimeOrigin returns when the process started: performance.timeOrigin.
func TimeOrigin() time.Time { return timeOrigin }

// EventInit is the Go form of the DOM's EventInit dictionary.
type EventInit struct {
	Bubbles, Cancelable, Composed bool
}

// newEventState returns the state of a fresh event of type typ.
func (r *realm) newEventState(typ goja.Value, typeName string, init EventInit) *eventState {
	ev := &eventState{}
	r.initEventState(ev, typ, typeName, init)
	return ev
}

// initEventState makes ev, a zero eventState (every caller's is freshly
// allocated, so it is not cleared again), the state of a fresh event of
// type typ.
func (r *realm) initEventState(ev *eventState, typ goja.Value, typeName string, init EventInit) {
	ev.r, ev.typ, ev.typeName = r, typ, typeName
	ev.bubbles, ev.cancelable, ev.composed = init.Bubbles, init.Cancelable, init.Composed
	ev.timeStamp = Now()
}

// newEvent creates a trusted event (one the platform fires) of type typ
// whose prototype is proto.
func (r *realm) newEvent(proto *goja.Object, typ string, init EventInit) (*goja.Object, *eventState) {
	ev := &eventState{}
	return r.newEventIn(ev, proto, r.typeValue(typ), typ, init), ev
}

// newEventIn is newEvent with the event's state in ev, which the caller
// allocated (together with a subclass's state, see FireWith), and the type
// as a JavaScript string too.
//
// The event is an ordinary object, so that a listener can give it
// properties of any kind and freeze it, but its Go state is not in a
// hidden property: it is the event's prototype, a DynamicObject over ev
// without properties whose own prototype is proto (see eventStateOf). That
// link costs two small allocations where a symbol-keyed property cost six
// and a third of the event's construction; the events the platform fires
// in great numbers (a socket's messages) share one link by batches
// instead (see EventStates). What a script can tell:
// Object.getPrototypeOf(event) is the link, not proto (the same object for
// the events of a batch), and an object made with Object.create(event) is
// not an Event (as in browsers; in Node it is).
func (r *realm) newEventIn(ev *eventState, proto *goja.Object, typ goja.Value, typeName string, init EventInit) *goja.Object {
	link := r.vm.NewDynamicObject(ev)
	must(link.SetPrototype(proto))
	return r.newTrustedEvent(ev, link, typ, typeName, init)
}

// newTrustedEvent makes ev the state of a trusted event of type typ and
// returns the event: an ordinary object whose prototype is link, the
// DynamicObject through which eventStateOf finds ev.
func (r *realm) newTrustedEvent(ev *eventState, link *goja.Object, typ goja.Value, typeName string, init EventInit) *goja.Object {
	r.initEventState(ev, typ, typeName, init)
	ev.trusted = true
	return r.vm.CreateObject(link)
}

// newPlainEvent creates a trusted Event of type typ whose prototype is
// Event.prototype itself, its state in a hidden property as a constructed
// event's: the 'abort' event, which the Node façade's AbortSignal fires,
// so that a script run under node and nodeshim sees the same prototype.
func (r *realm) newPlainEvent(typ string) (*goja.Object, *eventState) {
	ev := r.newEventState(r.typeValue(typ), typ, EventInit{})
	ev.trusted = true
	obj := r.vm.CreateObject(r.event.Proto)
	hiddenState.Attach(r.vm, obj, ev)
	return obj, ev
}

// typeEventState and typeEventLink are the types that the link of a fired
// event exports: its state (newEventIn), or the link of a batch
// (EventStates).
var (
	typeEventState = reflect.TypeOf((*eventState)(nil))
	typeEventLink  = reflect.TypeOf((*eventLink)(nil))
)

// eventLink is the prototype link shared by the events of a batch (see
// EventStates), as an event's own state is the link of an event fired
// alone (newEventIn): a DynamicObject without properties whose own
// prototype is the events' class prototype. It knows each of its events
// and their states, so that an object the script gives the link as its
// prototype is not one of them, hence not an Event.
type eventLink struct {
	Opaque
	obj    *goja.Object // the link
	proto  *goja.Object // the events' prototype
	n      int
	events [eventBatchSize]*goja.Object
	states [eventBatchSize]*eventState
}

// init makes l a link to proto.
func (l *eventLink) init(r *realm, proto *goja.Object) {
	l.obj, l.proto = r.vm.NewDynamicObject(l), proto
	must(l.obj.SetPrototype(proto))
}

// add records the event obj, whose state is ev.
func (l *eventLink) add(obj *goja.Object, ev *eventState) {
	l.events[l.n], l.states[l.n] = obj, ev
	l.n++
}

// stateOf returns the state of obj if it is one of the link's events.
func (l *eventLink) stateOf(obj *goja.Object) (*eventState, bool) {
	for i, o := range l.events[:l.n] {
		if o == obj {
			return l.states[i], true
		}
	}
	return nil, false
}

// eventStateOf returns the state of v if v is an Event: a fired one's from
// its prototype (see newEventIn and eventLink), a constructed one's from
// its hidden property. A Proxy's prototype is not asked for, which would
// run its getPrototypeOf trap.
func eventStateOf(v goja.Value) (*eventState, bool) {
	o, ok := v.(*goja.Object)
	if !ok {
		return nil, false
	}
	if o.ExportType() != typeProxy {
		if link := o.Prototype(); link != nil {
			switch link.ExportType() {
			case typeEventState:
				return link.Export().(*eventState), true
			case typeEventLink:
				if ev, ok := link.Export().(*eventLink).stateOf(o); ok {
					return ev, true
				}
			}
		}
	}
	return StateOf[*eventState](hiddenState, o)
}

// typeValue returns typ as a JavaScript string, made once per type: the
// platform fires few types, many times.
func (r *realm) typeValue(typ string) goja.Value {
	v, ok := r.types[typ]
	if !ok {
		v = r.vm.ToValue(typ)
		r.types[typ] = v
	}
	return v
}

// initEventFromJS makes obj an Event from constructor arguments (type,
// eventInitDict), validating them as Node does.
func (r *realm) initEventFromJS(obj *goja.Object, args []goja.Value) *eventState {
	if len(args) == 0 {
		panic(missingArgs(r.vm, "type"))
	}
	typ := toDOMString(r.vm, args[0])
	var init EventInit
	if o := objectOption(r.vm, argOrUndefined(args, 1), "options"); o != nil {
		init.Bubbles = truthy(o.Get("bubbles"))
		init.Cancelable = truthy(o.Get("cancelable"))
		init.Composed = truthy(o.Get("composed"))
	}
	ev := r.newEventState(typ, typ.String(), init)
	hiddenState.Attach(r.vm, obj, ev)
	return ev
}

// thisEvent returns the state of a method's receiver or throws
// ERR_INVALID_THIS.
func (r *realm) thisEvent(call goja.FunctionCall) *eventState {
	ev, ok := r.eventOf(call.This)
	if !ok {
		panic(invalidThis(r.vm, "Event"))
	}
	return ev
}

// newEventClass builds Event, with its members in Node's order.
func (r *realm) newEventClass() *Class {
	vm := r.vm
	c := r.newClass("Event", 1, nil, func(this *goja.Object, args []goja.Value) {
		r.initEventFromJS(this, args)
	})
	for i, name := range []string{"NONE", "CAPTURING_PHASE", "AT_TARGET", "BUBBLING_PHASE"} {
		c.Constant(name, i, false)
	}
	get := func(f func(ev *eventState) goja.Value) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value { return f(r.thisEvent(call)) }
	}
	boolean := func(f func(ev *eventState) bool) func(goja.FunctionCall) goja.Value {
		return get(func(ev *eventState) goja.Value { return vm.ToValue(f(ev)) })
	}
	c.Method("initEvent", 1, func(call goja.FunctionCall) goja.Value {
		ev := r.thisEvent(call)
		if len(call.Arguments) == 0 {
			panic(missingArgs(vm, "type"))
		}
		if !ev.dispatching {
			ev.typ = toDOMString(vm, call.Arguments[0])
			ev.typeName = ev.typ.String()
			ev.bubbles = truthy(call.Argument(1))
			ev.cancelable = truthy(call.Argument(2))
		}
		return goja.Undefined()
	})
	c.Method("stopImmediatePropagation", 0, func(call goja.FunctionCall) goja.Value {
		ev := r.thisEvent(call)
		ev.stop, ev.stopImmediate = true, true
		return goja.Undefined()
	})
	c.Method("preventDefault", 0, func(call goja.FunctionCall) goja.Value {
		r.thisEvent(call).preventDefault()
		return goja.Undefined()
	})
	target := get(func(ev *eventState) goja.Value { return orNull(ev.target) })
	c.Accessor("target", target, nil)
	c.Accessor("currentTarget", get(func(ev *eventState) goja.Value {
		if !ev.dispatching {
			return goja.Null()
		}
		return orNull(ev.target)
	}), nil)
	c.Accessor("srcElement", target, nil)
	c.Accessor("type", get(func(ev *eventState) goja.Value { return ev.typ }), nil)
	c.Accessor("cancelable", boolean(func(ev *eventState) bool { return ev.cancelable }), nil)
	c.Accessor("defaultPrevented", boolean(func(ev *eventState) bool { return ev.defaultPrevented() }), nil)
	c.Accessor("timeStamp", get(func(ev *eventState) goja.Value { return vm.ToValue(ev.timeStamp) }), nil)
	c.Method("composedPath", 0, func(call goja.FunctionCall) goja.Value {
		ev := r.thisEvent(call)
		if !ev.dispatching || ev.target == nil {
			return vm.NewArray()
		}
		return vm.NewArray(ev.target)
	})
	// returnValue is read-only in Node 20 (the DOM lets false cancel).
	c.Accessor("returnValue", boolean(func(ev *eventState) bool { return !ev.defaultPrevented() }), nil)
	c.Accessor("bubbles", boolean(func(ev *eventState) bool { return ev.bubbles }), nil)
	c.Accessor("composed", boolean(func(ev *eventState) bool { return ev.composed }), nil)
	c.Accessor("eventPhase", get(func(ev *eventState) goja.Value {
		if ev.dispatching {
			return vm.ToValue(phaseAtTarget)
		}
		return vm.ToValue(phaseNone)
	}), nil)
	c.Accessor("cancelBubble", boolean(func(ev *eventState) bool { return ev.stop }),
		func(call goja.FunctionCall) goja.Value {
			ev := r.thisEvent(call)
			if call.Argument(0).ToBoolean() {
				ev.stop = true
			}
			return goja.Undefined()
		})
	c.Method("stopPropagation", 0, func(call goja.FunctionCall) goja.Value {
		r.thisEvent(call).stop = true
		return goja.Undefined()
	})
	// isTrusted has no brand check in Node: any other object reads false.
	c.Accessor("isTrusted", func(call goja.FunctionCall) goja.Value {
		ev, ok := eventStateOf(call.This)
		return vm.ToValue(ok && ev.trusted)
	}, nil)
	r.defineInspect(c.Proto, func(call goja.FunctionCall) goja.Value {
		ev := r.thisEvent(call)
		fields := vm.NewObject()
		must(fields.Set("type", ev.typ))
		must(fields.Set("defaultPrevented", ev.defaultPrevented()))
		must(fields.Set("cancelable", ev.cancelable))
		must(fields.Set("timeStamp", ev.timeStamp))
		return r.inspectAs(call, fields)
	})
	return c
}

// preventDefault marks the event canceled; it only shows when the event is
// cancelable. Node 20 honours it in passive listeners too, so there is no
// passive check here.
func (ev *eventState) preventDefault() {
	ev.canceled = true
}

// defaultPrevented is the defaultPrevented attribute.
func (ev *eventState) defaultPrevented() bool {
	return ev.cancelable && ev.canceled
}

// newCustomEventClass builds CustomEvent, an Event with a detail.
func (r *realm) newCustomEventClass() *Class {
	vm := r.vm
	c := r.newClass("CustomEvent", 1, r.event, func(this *goja.Object, args []goja.Value) {
		ev := r.initEventFromJS(this, args)
		ev.custom = true
		ev.detail = goja.Null()
		if o, ok := argOrUndefined(args, 1).(*goja.Object); ok {
			if d := o.Get("detail"); !isNullish(d) {
				ev.detail = d
			}
		}
	})
	c.Accessor("detail", func(call goja.FunctionCall) goja.Value {
		ev, ok := eventStateOf(call.This)
		if !ok || !ev.custom {
			panic(invalidThis(vm, "CustomEvent"))
		}
		return ev.detail
	}, nil)
	return c
}

// orNull returns o, or null when o is nil.
func orNull(o *goja.Object) goja.Value {
	if o == nil {
		return goja.Null()
	}
	return o
}

// eventArg returns the state of dispatchEvent's argument or throws as Node.
func (r *realm) eventArg(args []goja.Value) (*goja.Object, *eventState) {
	if len(args) == 0 {
		panic(missingArgs(r.vm, "event"))
	}
	ev, ok := eventStateOf(args[0])
	if !ok {
		panic(nodeerr.InvalidArgType(r.vm, "event", "an instance of Event", args[0]))
	}
	return args[0].(*goja.Object), ev
}

package webapi

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/perruntime"
)

// realm is the web-platform state of one runtime: the classes built on it
// and the intrinsics they rely on, captured before any script can replace
// the globals.
type realm struct {
	vm        *goja.Runtime
	makeClass goja.Callable
	in        intrinsics
	installed bool

	eventTarget, event, customEvent *Class
	domException                    *Class
	abortSignal, abortController    *Class
	textEncoder, textDecoder        *Class
	structuredClone                 *goja.Object

	rethrow    goja.Callable // throws its argument (run from process.nextTick)
	onRejected goja.Value    // a promise's rejection handler that reports the reason
	persistent map[*abortState]struct{}
	types      map[string]goja.Value // the types of trusted events, as JavaScript strings
	current    dispatched            // the event whose listeners are running, if any
}

// dispatched is an event being dispatched, whose state its listeners'
// calls to the Event's getters find without a property lookup.
type dispatched struct {
	obj *goja.Object
	ev  *eventState
}

// eventOf returns the state of v if v is an Event: at once for the event
// being dispatched, else as eventStateOf finds it.
func (r *realm) eventOf(v goja.Value) (*eventState, bool) {
	if o, ok := v.(*goja.Object); ok && o == r.current.obj && o != nil {
		return r.current.ev, true
	}
	return eventStateOf(v)
}

// realms holds each runtime's realm without keeping either alive.
var realms perruntime.Registry[realm]

// realmOf returns the realm of vm, building it on first use.
func realmOf(vm *goja.Runtime) *realm {
	return realms.Get(vm, newRealm)
}

// newRealm builds the classes on vm.
func newRealm(vm *goja.Runtime) *realm {
	r := &realm{vm: vm, persistent: map[*abortState]struct{}{}, types: map[string]goja.Value{}}
	r.in = loadIntrinsics(vm)
	r.makeClass = classMaker(vm)
	r.initReporting()
	r.eventTarget = r.newEventTargetClass()
	r.event = r.newEventClass()
	r.customEvent = r.newCustomEventClass()
	r.domException = r.newDOMExceptionClass()
	r.abortSignal = r.newAbortSignalClass()
	r.abortController = r.newAbortControllerClass()
	r.textEncoder = r.newTextEncoderClass()
	r.textDecoder = r.newTextDecoderClass()
	r.structuredClone = r.function("structuredClone", 0, r.structuredCloneCall)
	return r
}

// install sets the globals, as Node defines them: classes are writable,
// configurable and not enumerable; structuredClone is enumerable.
func (r *realm) install() {
	if r.installed {
		return
	}
	r.installed = true
	g := r.vm.GlobalObject()
	for _, c := range []*Class{r.eventTarget, r.event, r.customEvent, r.domException,
		r.abortController, r.abortSignal, r.textEncoder, r.textDecoder} {
		must(g.DefineDataProperty(c.Name, c.Ctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	}
	must(g.DefineDataProperty("structuredClone", r.structuredClone, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE))
}

// must panics on an error from a goja call that only fails when JavaScript
// throws, so the exception propagates as goja expects.
func must(err error) {
	if err != nil {
		panic(err)
	}
}

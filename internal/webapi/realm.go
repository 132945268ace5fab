package webapi

import (
	"github.com/dop251/goja"
)

// realm is the web-platform state of one runtime: the classes built on it
// and the intrinsics they rely on, captured before any script can replace
// the globals.
type realm struct {
	opaque
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
}

// realmKey holds a runtime's realm on its global object.
var realmKey = goja.NewSymbol("nodeshim.webapi.realm")

// realmOf returns the realm of vm, building it on first use.
func realmOf(vm *goja.Runtime) *realm {
	g := vm.GlobalObject()
	if v := g.GetSymbol(realmKey); v != nil {
		if r, ok := v.Export().(*realm); ok {
			return r
		}
	}
	r := &realm{vm: vm, persistent: map[*abortState]struct{}{}}
	r.in = loadIntrinsics(vm)
	r.makeClass = classMaker(vm)
	must(g.DefineDataPropertySymbol(realmKey, vm.NewDynamicObject(r), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE))
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

package emitter

import (
	"github.com/dop251/goja"
)

// stateKey marks EventEmitter.prototype.emit with the module instance it
// belongs to, so Emit can recognise it and skip the JavaScript call.
var stateKey = goja.NewSymbol("nodeshim.events.state")

// Emit calls target.emit(event, ...args) and reports whether the event had
// listeners. When target's emit is EventEmitter.prototype.emit it runs the
// listeners directly, without a call into emit itself; an overridden emit is
// called as JavaScript would.
//
// A listener's exception panics as a *goja.Exception (as goja's own
// Object.Get does): call Emit from a native function, or wrap it in vm.Try.
// Run it inside a JavaScript frame, such as a task of internal/host's
// Host.Run, rather than as a bare top-level call: goja drains promise jobs
// whenever its outermost call returns, which at top level would be after
// each listener instead of after all of them.
func Emit(vm *goja.Runtime, target *goja.Object, event string, args ...goja.Value) (handled bool) {
	fn := target.Get("emit")
	if o, ok := fn.(*goja.Object); ok {
		if mark := o.GetSymbol(stateKey); mark != nil {
			if e, ok := mark.Export().(*events); ok && e.vm == vm {
				return e.emitEvent(target, e.eventName(event), args)
			}
		}
	}
	f, ok := goja.AssertFunction(fn)
	if !ok {
		panic(vm.NewTypeError("emit is not a function"))
	}
	res, err := f(target, append([]goja.Value{vm.ToValue(event)}, args...)...)
	must(err)
	return res.ToBoolean()
}

// maxCachedNames bounds the cache of event names Emit converts, in case a
// caller builds names dynamically.
const maxCachedNames = 256

// eventName returns the JavaScript string for an event name given from Go,
// cached so that the usual few names are converted once.
func (e *events) eventName(name string) goja.Value {
	if v, ok := e.names[name]; ok {
		return v
	}
	v := e.vm.ToValue(name)
	if len(e.names) < maxCachedNames {
		e.names[name] = v
	}
	return v
}

package emitter

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/hiddenprop"
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
	if em, ok := EmitterOf(vm, fn); ok {
		return em.Emit(target, event, args...)
	}
	f, ok := goja.AssertFunction(fn)
	if !ok {
		panic(vm.NewTypeError("emit is not a function"))
	}
	res, err := f(target, append([]goja.Value{vm.ToValue(event)}, args...)...)
	must(err)
	return res.ToBoolean()
}

// Emitter is one runtime's EventEmitter.prototype.emit, run from Go, for
// callers that have read a target's emit themselves and fire events often.
type Emitter struct {
	e *events
}

// EmitterOf returns the Emitter of vm when fn is vm's
// EventEmitter.prototype.emit.
func EmitterOf(vm *goja.Runtime, fn goja.Value) (*Emitter, bool) {
	e, ok := hiddenprop.Get[*events](fn, stateKey)
	if !ok || e.vm != vm {
		return nil, false
	}
	return &Emitter{e: e}, true
}

// Func returns EventEmitter.prototype.emit itself, to compare a target's
// emit with.
func (em *Emitter) Func() *goja.Object { return em.e.emit }

// Emit runs target's listeners for event with args, as
// EventEmitter.prototype.emit does, whatever target's own emit is, and
// reports whether there were any. Exceptions panic as Emit's do; call it
// where Emit may be called.
func (em *Emitter) Emit(target *goja.Object, event string, args ...goja.Value) bool {
	return em.e.emitEvent(target, em.e.eventName(event), args)
}

// EmitName is Emit for an event name given as a JavaScript string or
// symbol, for a caller that fires one event often and keeps its name.
func (em *Emitter) EmitName(target *goja.Object, event goja.Value, args ...goja.Value) bool {
	return em.e.emitEvent(target, event, args)
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

// InitKeys returns the symbols under which EventEmitter's constructor
// keeps an emitter's own state: Symbol(shapeMode), true when _events came
// from a subclass (or a stream constructor) rather than from the
// constructor, and Symbol(kCapture), the emitter's captureRejections
// (EventEmitter.prototype holds the default). A module that builds its
// emitters' properties itself sets them as the constructor would.
func (em *Emitter) InitKeys() (shapeMode, capture *goja.Symbol) {
	return em.e.kShapeMode, em.e.kCapture
}

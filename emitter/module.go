// Package emitter is Node's "events" module for nodeshim: the EventEmitter
// class and the module's helpers (once, on, getEventListeners, ...).
//
// EventEmitter is implemented in Go, but over the same JavaScript-visible
// state Node keeps (_events, _eventsCount, _maxListeners), so ported code
// that peeks at or edits _events keeps working, and subclasses written with
// class syntax or util.inherits behave as in Node. Emit lets other Go
// packages fire events on a JavaScript emitter without going through
// JavaScript's emit lookup.
package emitter

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/callcache"
)

// ModuleName is the name scripts pass to require().
const ModuleName = "events"

// Require fills module.exports for the module: the EventEmitter constructor,
// which also carries the module's helpers.
func Require(vm *goja.Runtime, module *goja.Object) {
	must(module.Set("exports", newEvents(vm).ctor))
}

// events is one runtime's instance of the module: the constructor, its
// prototype and the symbols and settings the methods share.
type events struct {
	vm    *goja.Runtime
	ctor  *goja.Object // EventEmitter
	proto *goja.Object // EventEmitter.prototype
	emit  *goja.Object // EventEmitter.prototype.emit

	// EventEmitter.prototype's on, prependListener and removeListener,
	// which once and its wrappers call directly where a script left them.
	addListenerFn, prependListenerFn, removeListenerFn *goja.Object

	errorCtor *goja.Object  // the global Error when the module was loaded
	ownKeys   goja.Callable // Reflect.ownKeys
	funcCall  *goja.Object  // Function.prototype.call when the module was loaded
	funcApply *goja.Object  // Function.prototype.apply when the module was loaded

	defaultMax goja.Value // EventEmitter.defaultMaxListeners

	kCapture     *goja.Symbol // Symbol(kCapture): captureRejections per emitter
	kShapeMode   *goja.Symbol // Symbol(shapeMode): _events came from a subclass
	errorMonitor *goja.Symbol // events.errorMonitor
	kMaxET       *goja.Symbol // events.kMaxEventTargetListeners
	kMaxETWarned *goja.Symbol // events.kMaxEventTargetListenersWarned
	rejection    *goja.Symbol // Symbol.for('nodejs.rejection')
	dispose      *goja.Symbol // Symbol.dispose, or Symbol.for('nodejs.dispose')
	watermark    *goja.Symbol // Symbol.for('nodejs.watermarkData')
	// asyncIterator stands in for Symbol.asyncIterator, which goja lacks.
	asyncIterator *goja.Symbol

	names     map[string]goja.Value // event names Emit has converted
	callables callcache.Cache       // Callables of the listeners emitted to last
	errorName goja.Value            // the string "error"
	// onceWrapperName is "bound onceWrapper", the name of once wrappers.
	onceWrapperName goja.Value
	trueVal         goja.Value
	falseVal        goja.Value
}

// newEvents builds the module for vm.
func newEvents(vm *goja.Runtime) *events {
	e := &events{
		vm:              vm,
		defaultMax:      vm.ToValue(10),
		kCapture:        goja.NewSymbol("kCapture"),
		kShapeMode:      goja.NewSymbol("shapeMode"),
		errorMonitor:    goja.NewSymbol("events.errorMonitor"),
		kMaxET:          goja.NewSymbol("events.maxEventTargetListeners"),
		kMaxETWarned:    goja.NewSymbol("events.maxEventTargetListenersWarned"),
		asyncIterator:   goja.NewSymbol("Symbol.asyncIterator"),
		names:           map[string]goja.Value{},
		errorName:       vm.ToValue("error"),
		onceWrapperName: vm.ToValue("bound onceWrapper"),
		trueVal:         vm.ToValue(true),
		falseVal:        vm.ToValue(false),
	}
	e.errorCtor = vm.Get("Error").(*goja.Object)
	reflect := vm.Get("Reflect").(*goja.Object)
	e.ownKeys, _ = goja.AssertFunction(reflect.Get("ownKeys"))
	funcProto := vm.Get("Function").(*goja.Object).Get("prototype").(*goja.Object)
	e.funcCall, _ = funcProto.Get("call").(*goja.Object)
	e.funcApply, _ = funcProto.Get("apply").(*goja.Object)
	symbolCtor := vm.Get("Symbol").(*goja.Object)
	e.rejection = e.registeredSymbol(symbolCtor, "nodejs.rejection")
	e.watermark = e.registeredSymbol(symbolCtor, "nodejs.watermarkData")
	if d, ok := symbolCtor.Get("dispose").(*goja.Symbol); ok {
		e.dispose = d
	} else {
		e.dispose = e.registeredSymbol(symbolCtor, "nodejs.dispose")
	}
	e.buildConstructor()
	e.buildPrototype()
	e.buildStatics()
	return e
}

// registeredSymbol returns Symbol.for(key) of the runtime's registry.
func (e *events) registeredSymbol(symbolCtor *goja.Object, key string) *goja.Symbol {
	symFor, _ := goja.AssertFunction(symbolCtor.Get("for"))
	v, err := symFor(symbolCtor, e.vm.ToValue(key))
	must(err)
	return v.(*goja.Symbol)
}

// buildConstructor makes EventEmitter: callable with new, as a super class
// and as a plain function on an existing object (EventEmitter.call(this)).
func (e *events) buildConstructor() {
	e.ctor = e.vm.ToValue(func(c goja.ConstructorCall) *goja.Object {
		e.init(c.This, c.Argument(0))
		return nil
	}).(*goja.Object)
	e.rename(e.ctor, "EventEmitter", 1)
	e.proto = e.ctor.Get("prototype").(*goja.Object)
}

// newFunction makes a native function with the given name and length.
func (e *events) newFunction(name string, length int, fn func(goja.FunctionCall) goja.Value) *goja.Object {
	f := e.vm.ToValue(fn).(*goja.Object)
	e.rename(f, name, length)
	return f
}

// rename sets a function's name and length properties as JavaScript
// defines them (read-only, configurable).
func (e *events) rename(f *goja.Object, name string, length int) {
	must(f.DefineDataProperty("name", e.vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
	must(f.DefineDataProperty("length", e.vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE))
}

// must panics with err, a goja exception that setting a property raised, so
// that it propagates to JavaScript like any other thrown value.
func must(err error) {
	if err != nil {
		panic(err)
	}
}

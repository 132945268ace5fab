// Package perf is the global performance object that Node and browsers
// share (the High Resolution Time and User Timing APIs): now() and
// timeOrigin, and marks and measures with their entry lists. Node's
// perf_hooks module exports the same object.
package perf

import (
	_ "embed"
	"time"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
	"github.com/nodeshim/nodeshim/internal/webapi"
)

//go:embed performance.js
var source string

var program = goja.MustCompile("node:internal/perf/performance", source, true)

// Enable installs the global performance on vm, an EventTarget whose
// clock is webapi.Now (the clock of Event.timeStamp), and returns it.
func Enable(vm *goja.Runtime) *goja.Object {
	proto := vm.NewObject()
	_ = proto.SetPrototype(webapi.EventTargetPrototype(vm))
	performance := webapi.NewEventTarget(vm, proto)
	factory, err := vm.RunProgram(program)
	if err != nil {
		panic(err)
	}
	build, _ := goja.AssertFunction(factory)
	now := vm.ToValue(func(goja.FunctionCall) goja.Value { return vm.ToValue(webapi.Now()) })
	// now() is defined first, as Node's first method, and in Go: a
	// JavaScript method calling the native clock cost two calls per
	// reading, which a benchmark makes per message.
	_ = proto.DefineDataProperty("now", nowMethod(vm, performance), goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	origin := float64(webapi.TimeOrigin().UnixNano()) / float64(time.Millisecond)
	natives := vm.NewObject()
	_ = natives.Set("now", now)
	_ = natives.Set("timeOrigin", origin)
	_ = natives.Set("markNotSet", func(call goja.FunctionCall) goja.Value {
		panic(webapi.NewDOMException(vm, "The \""+call.Argument(0).String()+"\" performance mark has not been set", "SyntaxError"))
	})
	_ = natives.Set("invalidArgType", func(call goja.FunctionCall) goja.Value {
		panic(nodeerr.InvalidArgType(vm, call.Argument(0).String(), call.Argument(1).String(), call.Argument(2)))
	})
	if _, err := build(goja.Undefined(), proto, natives); err != nil {
		panic(err)
	}
	_ = vm.GlobalObject().DefineDataProperty("performance", performance, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_TRUE)
	return performance
}

// nowMethod returns performance.now: a method named now, of length 0,
// which reads the clock when called on performance and, like Node's,
// throws ERR_INVALID_ARG_TYPE on any other receiver (called unbound, say).
func nowMethod(vm *goja.Runtime, performance *goja.Object) *goja.Object {
	fn := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		if call.This != goja.Value(performance) {
			panic(nodeerr.InvalidArgType(vm, "this", "an instance of Performance", call.This))
		}
		return vm.ToValue(webapi.Now())
	}).(*goja.Object)
	_ = fn.DefineDataProperty("name", vm.ToValue("now"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	_ = fn.DefineDataProperty("length", vm.ToValue(0), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	return fn
}

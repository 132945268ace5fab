package emitter

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"
)

// benchEmitter returns a runtime and an emitter with one 'data' listener
// that counts calls.
func benchEmitter(b *testing.B) (*scriptRuntime, *goja.Object) {
	r := newScriptRuntime(b, false)
	v, err := r.vm.RunString(`var count = 0; var EE = require('events'); var e = new EE();
		e.on('data', function (chunk) { count++; }); e`)
	require.NoError(b, err)
	return r, v.(*goja.Object)
}

// BenchmarkEmitFromGo measures Emit with one listener and one argument, as
// a socket's 'data' event would be fired from Go.
func BenchmarkEmitFromGo(b *testing.B) {
	r, e := benchEmitter(b)
	chunk := r.vm.ToValue("chunk")
	run := r.vm.ToValue(func(goja.FunctionCall) goja.Value {
		for i := 0; i < b.N; i++ {
			Emit(r.vm, e, "data", chunk)
		}
		return goja.Undefined()
	})
	// Run inside a JavaScript frame, as loop callbacks do, so that goja
	// does not treat every listener call as a top-level one.
	v, err := r.vm.RunString(`(function (run) { run(); })`)
	require.NoError(b, err)
	fn, _ := goja.AssertFunction(v)
	b.ResetTimer()
	_, err = fn(goja.Undefined(), run)
	require.NoError(b, err)
	b.StopTimer()
	require.EqualValues(b, b.N, r.vm.Get("count").ToInteger())
}

// runLoop runs setup once, then body (a script that may use e, f and i)
// b.N times in one JavaScript loop, on benchEmitter's emitter.
func runLoop(b *testing.B, setup, body string) {
	r, _ := benchEmitter(b)
	v, err := r.vm.RunString(setup + `; (function (n) { var f = function () {}; for (var i = 0; i < n; i++) { ` + body + ` } })`)
	require.NoError(b, err)
	fn, _ := goja.AssertFunction(v)
	b.ResetTimer()
	_, err = fn(goja.Undefined(), r.vm.ToValue(b.N))
	require.NoError(b, err)
}

// BenchmarkEmitFromJS measures e.emit('data', chunk) called from a script
// with one listener.
func BenchmarkEmitFromJS(b *testing.B) {
	runLoop(b, ``, `e.emit('data', i);`)
}

// BenchmarkEmitFromJSThreeListeners measures emit with a listener array,
// which is copied on every emit.
func BenchmarkEmitFromJSThreeListeners(b *testing.B) {
	runLoop(b, `e.on('data', function () {}); e.on('data', function () {})`, `e.emit('data', i);`)
}

// BenchmarkOnceEmit measures adding a once listener and firing it.
func BenchmarkOnceEmit(b *testing.B) {
	runLoop(b, ``, `e.once('x', f); e.emit('x');`)
}

// BenchmarkEmitNoListener measures emit of an event nobody listens to,
// which most of a socket's events are.
func BenchmarkEmitNoListener(b *testing.B) {
	runLoop(b, ``, `e.emit('prefinish');`)
}

// BenchmarkOnOff measures adding a listener for a new name and removing it.
func BenchmarkOnOff(b *testing.B) {
	runLoop(b, ``, `e.on('x', f); e.removeListener('x', f);`)
}

// BenchmarkOnceOff measures adding a once listener and removing it unfired.
func BenchmarkOnceOff(b *testing.B) {
	runLoop(b, ``, `e.once('x', f); e.removeListener('x', f);`)
}

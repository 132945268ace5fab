package emitter

import (
	"bytes"
	"fmt"
	"os"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// eval runs src in r and returns the result, failing the test on an
// exception.
func (r *scriptRuntime) eval(t *testing.T, src string) goja.Value {
	t.Helper()
	v, err := r.vm.RunString(src)
	require.NoError(t, err)
	return v
}

func TestEmitFromGo(t *testing.T) {
	r := newScriptRuntime(t, false)
	target := r.eval(t, `var EE = require('events'); var e = new EE(); var got = [];
		e.on('data', function (a, b) { got.push(this === e, a, b); }); e`).(*goja.Object)

	assert.True(t, Emit(r.vm, target, "data", r.vm.ToValue("x"), r.vm.ToValue(2)))
	assert.False(t, Emit(r.vm, target, "nothing"))
	assert.Equal(t, `[true,"x",2]`, r.eval(t, `JSON.stringify(got)`).String())
}

func TestEmitFromGoCallsOverriddenEmit(t *testing.T) {
	r := newScriptRuntime(t, false)
	target := r.eval(t, `var EE = require('events'); var calls = [];
		class Spy extends EE { emit(name, ...args) { calls.push(name + ':' + args.length); return super.emit(name, ...args); } }
		var s = new Spy(); s.on('data', function () {}); s`).(*goja.Object)

	assert.True(t, Emit(r.vm, target, "data", r.vm.ToValue(1)))
	assert.False(t, Emit(r.vm, target, "other"))
	assert.Equal(t, "data:1,other:0", r.eval(t, `calls.join()`).String())
}

func TestEmitFromGoOnOwnEmitProperty(t *testing.T) {
	r := newScriptRuntime(t, false)
	target := r.eval(t, `({ emit: function (name, v) { this.last = name + v; return 'truthy'; } })`).(*goja.Object)

	assert.True(t, Emit(r.vm, target, "ping", r.vm.ToValue(1)))
	assert.Equal(t, "ping1", target.Get("last").String())

	noEmit := r.vm.NewObject()
	ex := r.vm.Try(func() { Emit(r.vm, noEmit, "x") })
	require.NotNil(t, ex)
	assert.Contains(t, ex.Error(), "emit is not a function")
}

func TestEmitFromGoPropagatesExceptions(t *testing.T) {
	r := newScriptRuntime(t, false)
	target := r.eval(t, `var EE = require('events'); var e = new EE();
		e.on('bad', function () { throw new RangeError('listener failed'); }); e`).(*goja.Object)

	ex := r.vm.Try(func() { Emit(r.vm, target, "bad") })
	require.NotNil(t, ex)
	assert.Equal(t, "RangeError: listener failed", ex.Value().String())

	ex = r.vm.Try(func() { Emit(r.vm, target, "error", r.vm.ToValue("boom")) })
	require.NotNil(t, ex)
	errObj := ex.Value().(*goja.Object)
	assert.Equal(t, "ERR_UNHANDLED_ERROR", errObj.Get("code").String())
	assert.Equal(t, "Unhandled error. ('boom')", errObj.Get("message").String())
	assert.Equal(t, "boom", errObj.Get("context").String())
}

func TestEventNameCacheIsBounded(t *testing.T) {
	r := newScriptRuntime(t, false)
	target := r.eval(t, `var EE = require('events'); new EE()`).(*goja.Object)
	state := r.eval(t, `EE.prototype.emit`).(*goja.Object).GetSymbol(stateKey).Export().(*events)
	for i := 0; i < maxCachedNames+50; i++ {
		Emit(r.vm, target, fmt.Sprintf("event%d", i))
	}
	assert.Len(t, state.names, maxCachedNames)
	assert.Contains(t, state.names, "event1")
	assert.NotContains(t, state.names, fmt.Sprintf("event%d", maxCachedNames+1))
}

func TestWarningWithoutProcessGoesToStderr(t *testing.T) {
	var buf bytes.Buffer
	warningOutput = &buf
	defer func() { warningOutput = os.Stderr }()
	r := newScriptRuntime(t, false)
	r.eval(t, `var EE = require('events'); var e = new EE(); e.setMaxListeners(1);
		e.on('x', function () {}); e.on('x', function () {}); e.on('x', function () {});`)

	want := fmt.Sprintf("(node:%d) MaxListenersExceededWarning: Possible EventEmitter memory leak detected. "+
		"2 x listeners added to [EventEmitter]. MaxListeners is 1. Use emitter.setMaxListeners() to increase limit\n"+
		"(Use `node --trace-warnings ...` to show where the warning was created)\n", os.Getpid())
	assert.Equal(t, want, buf.String())
}

func TestRequireBuildsIndependentModules(t *testing.T) {
	r := newScriptRuntime(t, false)
	other := r.vm.NewObject()
	Require(r.vm, other)
	r.vm.Set("Other", other.Get("exports"))
	v := r.eval(t, `var EE = require('events');
		EE.defaultMaxListeners = 3;
		[Other !== EE, Other.defaultMaxListeners, new Other() instanceof EE, typeof new Other().on].join()`)
	assert.Equal(t, "true,10,false,function", v.String())
}

func TestEventTargetLikeHelpers(t *testing.T) {
	r := newScriptRuntime(t, false)
	v := r.eval(t, `var events = require('events');
		var listeners = [function a() {}];
		var target = { addEventListener: function () {}, removeEventListener: function () {} };
		var out = [];
		out.push(events.getEventListeners(target, 'x').length);
		target[Symbol.for('nodeshim.eventTargetListeners')] = function (type) { return type === 'x' ? listeners : []; };
		out.push(events.getEventListeners(target, 'x')[0].name);
		out.push(events.getMaxListeners(target));
		events.setMaxListeners(4, target);
		out.push(events.getMaxListeners(target), target[events.kMaxEventTargetListeners], target[events.kMaxEventTargetListenersWarned]);
		out.join()`)
	assert.Equal(t, "0,a,10,4,4,false", v.String())
	assert.Equal(t, EventTargetListenersKey, "nodeshim.eventTargetListeners")
}

func TestOnIteratorWatermarkData(t *testing.T) {
	r := newScriptRuntime(t, false)
	v := r.eval(t, `var EE = require('events'); var e = new EE();
		e.pause = function () {}; e.resume = function () {};
		var it = EE.on(e, 'd', { highWatermark: 2, lowWatermark: 1 });
		var wm = it[Symbol.for('nodejs.watermarkData')];
		var out = [wm.size, wm.low, wm.high, wm.isPaused];
		e.emit('d'); e.emit('d'); e.emit('d');
		out.push(wm.size, wm.isPaused);
		it.next(); it.next(); it.next();
		out.push(wm.size, wm.isPaused);
		out.join()`)
	assert.Equal(t, "0,1,2,false,3,true,0,false", v.String())
}

func TestOnIteratorIsItsOwnAsyncIterator(t *testing.T) {
	r := newScriptRuntime(t, false)
	v := r.eval(t, `var EE = require('events'); var it = EE.on(new EE(), 'x');
		var syms = Object.getOwnPropertySymbols(it);
		[syms.length, String(syms[0]), it[syms[0]]() === it].join()`)
	assert.Equal(t, "2,Symbol(Symbol.asyncIterator),true", v.String())
}

func TestOnIteratorUsesRuntimeAsyncIteratorSymbol(t *testing.T) {
	r := newScriptRuntime(t, false)
	v := r.eval(t, `Symbol.asyncIterator = Symbol('Symbol.asyncIterator');
		var EE = require('events'); var it = EE.on(new EE(), 'x');
		typeof it[Symbol.asyncIterator]`)
	assert.Equal(t, "function", v.String())
}

func TestListenerExceptionKeepsItsStack(t *testing.T) {
	r := newScriptRuntime(t, false)
	v := r.eval(t, `var EE = require('events'); var e = new EE();
		function deepListener() { throw new Error('where'); }
		e.on('x', deepListener);
		var stack; try { e.emit('x'); } catch (err) { stack = err.stack; } stack`)
	assert.Contains(t, v.String(), "deepListener")
}

func TestCaptureRejectionWithoutProcessRunsInPromiseJob(t *testing.T) {
	r := newScriptRuntime(t, false)
	out, err := r.run("capture.js", `var EE = require('events');
		var e = new EE({ captureRejections: true });
		e.on('error', function (err) { console.log('error event', err.message); });
		e.on('x', async function () { throw new Error('async failure'); });
		e.emit('x'); console.log('sync');`)
	require.NoError(t, err)
	assert.Equal(t, "sync\nerror event async failure\n", out)
}

func TestCaptureRejectionThenThrowsGoesToError(t *testing.T) {
	r := newScriptRuntime(t, false)
	v := r.eval(t, `var EE = require('events'); var e = new EE({ captureRejections: true }); var got;
		e.on('error', function (err) { got = err.message; });
		e.on('x', function () { return { get then() { throw new Error('bad thenable'); } }; });
		e.emit('x'); got`)
	assert.Equal(t, "bad thenable", v.String())
}

func TestInspect(t *testing.T) {
	r := newScriptRuntime(t, false)
	cases := []struct{ src, want string }{
		{`'boom'`, `'boom'`},
		{`"it's"`, `"it's"`},
		{`'a\nb'`, `'a\nb'`},
		{`42`, `42`},
		{`-0`, `-0`},
		{`1.5`, `1.5`},
		{`12n`, `12n`},
		{`true`, `true`},
		{`null`, `null`},
		{`undefined`, `undefined`},
		{`Symbol('s')`, `Symbol(s)`},
		{`Symbol()`, `Symbol()`},
		{`({ a: 1, 'b-c': 'x' })`, `{ a: 1, 'b-c': 'x' }`},
		{`({})`, `{}`},
		{`[1, 'two', [3]]`, `[ 1, 'two', [ 3 ] ]`},
		{`[]`, `[]`},
		{`({ a: { b: { c: { d: 1 } } } })`, `{ a: { b: { c: [Object] } } }`},
		{`(function named() {})`, `[Function: named]`},
		{`(() => {})`, `[Function (anonymous)]`},
		{`Object.assign(Object.create(null), { a: 1 })`, `[Object: null prototype] { a: 1 }`},
		{`new (class Point { constructor() { this.x = 1; } })()`, `Point { x: 1 }`},
	}
	for _, c := range cases {
		t.Run(c.src, func(t *testing.T) {
			assert.Equal(t, c.want, inspect(r.eval(t, "("+c.src+")")))
		})
	}
}

func TestInspectShallow(t *testing.T) {
	r := newScriptRuntime(t, false)
	cases := []struct{ src, want string }{
		{`new (require('events'))()`, `[EventEmitter]`},
		{`new (class Pool extends require('events') {})()`, `[Pool]`},
		{`({})`, `[Object]`},
		{`Object.create(null)`, `[Object: null prototype]`},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, inspectShallow(r.eval(t, "("+c.src+")").(*goja.Object)), c.src)
	}
}

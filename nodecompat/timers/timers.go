// Package timers implements Node's timers: the setTimeout, setInterval and
// setImmediate globals with their clear functions and Timeout/Immediate
// objects (ref, unref, hasRef, refresh, Symbol.toPrimitive), and the
// 'timers' and 'timers/promises' modules. They run on core/loop's timers and
// immediates, as macrotasks of the runtime's Host.
package timers

import (
	"math"
	"time"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/internal/hiddenprop"
	"github.com/nodeshim/nodeshim/internal/host"
	"github.com/nodeshim/nodeshim/nodecompat/internal/jsarg"
)

// ModuleName is the name scripts pass to require().
const ModuleName = "timers"

// timeoutMax is the largest delay Node accepts (2^31-1 ms).
const timeoutMax = math.MaxInt32

// Timers holds the timer state of one runtime.
type Timers struct {
	vm       *goja.Runtime
	host     *host.Host
	goRef    *goja.Symbol // hidden link from a JS timer object to its Go side
	timeout  *goja.Object // Timeout.prototype
	imm      *goja.Object // Immediate.prototype
	byID     map[int64]*timeout
	nextID   int64
	globals  *goja.Object // the functions also exported by require('timers')
	promises *goja.Object
}

// timeout is the Go side of a Timeout object.
type timeout struct {
	t        *Timers
	obj      *goja.Object
	timer    *loop.Timer
	fn       goja.Callable
	args     []goja.Value
	repeat   bool
	id       int64
	cleared  bool
	delayDur time.Duration
}

// immediate is the Go side of an Immediate object.
type immediate struct {
	obj *goja.Object
	im  *loop.Immediate
}

// Install creates the timers of h's runtime and sets the global functions.
func Install(h *host.Host) *Timers {
	vm := h.VM()
	t := &Timers{vm: vm, host: h, goRef: goja.NewSymbol("timer"), byID: map[int64]*timeout{}}
	t.timeout = t.timeoutPrototype()
	t.imm = t.immediatePrototype()
	g := vm.NewObject()
	_ = g.Set("setTimeout", t.setTimeout)
	_ = g.Set("setInterval", t.setInterval)
	_ = g.Set("setImmediate", t.setImmediate)
	_ = g.Set("clearTimeout", t.clearTimeout)
	_ = g.Set("clearInterval", t.clearTimeout)
	_ = g.Set("clearImmediate", t.clearImmediate)
	t.globals = g
	t.promises = t.promisesModule()
	custom, _ := vm.RunString("Symbol.for('nodejs.util.promisify.custom')")
	for _, name := range []string{"setTimeout", "setImmediate"} {
		fn := g.Get(name).(*goja.Object)
		_ = fn.SetSymbol(custom.(*goja.Symbol), t.promises.Get(name))
		_ = vm.Set(name, fn)
	}
	for _, name := range []string{"setInterval", "clearTimeout", "clearInterval", "clearImmediate"} {
		_ = vm.Set(name, g.Get(name))
	}
	_ = vm.Set("queueMicrotask", t.queueMicrotask)
	return t
}

// Require serves require('timers').
func (t *Timers) Require(vm *goja.Runtime, module *goja.Object) {
	exports := module.Get("exports").(*goja.Object)
	for _, k := range t.globals.Keys() {
		_ = exports.Set(k, t.globals.Get(k))
	}
	_ = exports.Set("promises", t.promises)
}

// RequirePromises serves require('timers/promises').
func (t *Timers) RequirePromises(vm *goja.Runtime, module *goja.Object) {
	_ = module.Set("exports", t.promises)
}

// delayArg converts a delay as Node does: anything not in [1, 2^31-1] ms
// becomes 1 ms, with a TimeoutOverflowWarning for too-large values.
func (t *Timers) delayArg(v goja.Value) time.Duration {
	ms := v.ToFloat()
	if !(ms >= 1 && ms <= timeoutMax) {
		if ms > timeoutMax {
			t.warn(v.String()+" does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.", "TimeoutOverflowWarning")
		}
		ms = 1
	}
	return time.Duration(ms * float64(time.Millisecond))
}

// warn calls process.emitWarning if the runtime has a process object.
func (t *Timers) warn(msg, typ string) {
	proc, ok := t.vm.Get("process").(*goja.Object)
	if !ok {
		return
	}
	if emit, ok := goja.AssertFunction(proc.Get("emitWarning")); ok {
		_, _ = emit(proc, t.vm.ToValue(msg), t.vm.ToValue(typ))
	}
}

func restArgs(call goja.FunctionCall, from int) []goja.Value {
	if len(call.Arguments) <= from {
		return nil
	}
	return append([]goja.Value(nil), call.Arguments[from:]...)
}

func (t *Timers) setTimeout(call goja.FunctionCall) goja.Value {
	return t.schedule(call, false)
}

func (t *Timers) setInterval(call goja.FunctionCall) goja.Value {
	return t.schedule(call, true)
}

// schedule creates a Timeout for setTimeout/setInterval.
func (t *Timers) schedule(call goja.FunctionCall, repeat bool) goja.Value {
	fn := jsarg.Function(t.vm, call.Argument(0), "callback")
	to := &timeout{t: t, fn: fn, args: restArgs(call, 2), repeat: repeat}
	to.delayDur = t.delayArg(call.Argument(1))
	t.nextID++
	to.id = t.nextID
	to.obj = t.vm.NewObject()
	_ = to.obj.SetPrototype(t.timeout)
	_ = to.obj.SetSymbol(t.goRef, t.vm.ToValue(to))
	_ = to.obj.Set("_idleTimeout", to.delayDur.Milliseconds())
	_ = to.obj.Set("_onTimeout", call.Argument(0))
	_ = to.obj.Set("_repeat", repeatValue(t.vm, repeat, to.delayDur))
	// Node counts a new timer from a fresh reading of the clock (its
	// getLibuvNow updates libuv's cached time), not from when the loop last
	// polled: after a long synchronous stretch, setTimeout(fn, 10) still
	// waits 10 ms and a setImmediate made with it runs first.
	l := t.host.Loop()
	l.UpdateTime()
	to.timer = l.NewTimer(to.delayDur, to.fire)
	t.byID[to.id] = to
	return to.obj
}

func repeatValue(vm *goja.Runtime, repeat bool, d time.Duration) goja.Value {
	if !repeat {
		return goja.Null()
	}
	return vm.ToValue(d.Milliseconds())
}

// fire runs the callback; an interval is re-armed afterwards unless it was
// cleared by its own callback.
func (to *timeout) fire() {
	if !to.repeat {
		delete(to.t.byID, to.id)
	}
	to.t.host.Call(to.fn, to.obj, to.args...)
	if to.repeat && !to.cleared && !to.timer.Active() {
		to.timer.Reset(-1)
	}
}

// clear stops the timer for good.
func (to *timeout) clear() {
	to.cleared = true
	to.timer.Stop()
	delete(to.t.byID, to.id)
}

// clearTimeout accepts a Timeout object or its primitive id.
func (t *Timers) clearTimeout(v goja.Value) {
	if to := goSide[timeout](t, v); to != nil {
		to.clear()
		return
	}
	switch v.Export().(type) {
	case int64, float64, string:
		if to := t.byID[v.ToInteger()]; to != nil {
			to.clear()
		}
	}
}

// goSide returns the Go side of a Timeout or Immediate object, or nil if v
// is not one of type T.
func goSide[T any](t *Timers, v goja.Value) *T {
	side, _ := hiddenprop.Get[*T](v, t.goRef)
	return side
}

// thisOf returns a function that gives the Go side of a method call's
// this, throwing a TypeError that says this is not a what otherwise.
func thisOf[T any](t *Timers, what string) func(goja.FunctionCall) *T {
	return func(call goja.FunctionCall) *T {
		side := goSide[T](t, call.This)
		if side == nil {
			panic(t.vm.NewTypeError("not " + what))
		}
		return side
	}
}

// timeoutPrototype builds Timeout.prototype.
func (t *Timers) timeoutPrototype() *goja.Object {
	vm := t.vm
	proto := vm.NewObject()
	self := thisOf[timeout](t, "a Timeout")
	_ = proto.Set("ref", func(call goja.FunctionCall) goja.Value {
		self(call).timer.Ref()
		return call.This
	})
	_ = proto.Set("unref", func(call goja.FunctionCall) goja.Value {
		self(call).timer.Unref()
		return call.This
	})
	_ = proto.Set("hasRef", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(self(call).timer.HasRef())
	})
	_ = proto.Set("refresh", func(call goja.FunctionCall) goja.Value {
		to := self(call)
		if !to.cleared {
			to.timer.Reset(-1)
		}
		return call.This
	})
	_ = proto.Set("close", func(call goja.FunctionCall) goja.Value {
		self(call).clear()
		return call.This
	})
	_ = proto.SetSymbol(goja.SymToPrimitive, func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(self(call).id)
	})
	namedConstructor(vm, "Timeout", proto)
	return proto
}

// setImmediate queues a callback for the loop's check phase.
func (t *Timers) setImmediate(call goja.FunctionCall) goja.Value {
	fn := jsarg.Function(t.vm, call.Argument(0), "callback")
	args := restArgs(call, 1)
	imm := &immediate{obj: t.vm.NewObject()}
	_ = imm.obj.SetPrototype(t.imm)
	_ = imm.obj.SetSymbol(t.goRef, t.vm.ToValue(imm))
	_ = imm.obj.Set("_onImmediate", call.Argument(0))
	imm.im = t.host.Loop().NewImmediate(func() { t.host.Call(fn, imm.obj, args...) })
	return imm.obj
}

func (t *Timers) clearImmediate(v goja.Value) {
	if imm := goSide[immediate](t, v); imm != nil {
		imm.im.Cancel()
	}
}

// immediatePrototype builds Immediate.prototype.
func (t *Timers) immediatePrototype() *goja.Object {
	vm := t.vm
	proto := vm.NewObject()
	self := thisOf[immediate](t, "an Immediate")
	_ = proto.Set("ref", func(call goja.FunctionCall) goja.Value { self(call).im.Ref(); return call.This })
	_ = proto.Set("unref", func(call goja.FunctionCall) goja.Value { self(call).im.Unref(); return call.This })
	_ = proto.Set("hasRef", func(call goja.FunctionCall) goja.Value { return vm.ToValue(self(call).im.HasRef()) })
	namedConstructor(vm, "Immediate", proto)
	return proto
}

// queueMicrotask runs fn as a promise job; an exception it throws is reported
// as uncaught, not as a rejection, as in Node.
func (t *Timers) queueMicrotask(call goja.FunctionCall) goja.Value {
	fn := jsarg.Function(t.vm, call.Argument(0), "callback")
	p, resolve, _ := t.vm.NewPromise()
	then, _ := goja.AssertFunction(t.vm.ToValue(p).(*goja.Object).Get("then"))
	job := t.vm.ToValue(func() {
		if _, err := fn(goja.Undefined()); err != nil {
			if ex, ok := err.(*goja.Exception); ok {
				t.host.ReportUncaught(ex.Value())
			}
		}
	})
	_, _ = then(t.vm.ToValue(p), job)
	_ = resolve(goja.Undefined())
	return goja.Undefined()
}

// namedConstructor links proto to a constructor function called name, so that
// instances show as "Timeout { ... }" and report constructor.name.
func namedConstructor(vm *goja.Runtime, name string, proto *goja.Object) {
	v, err := vm.RunString("(function " + name + "() {})")
	if err != nil {
		panic(err)
	}
	ctor := v.(*goja.Object)
	_ = ctor.Set("prototype", proto)
	_ = proto.DefineDataProperty("constructor", ctor, goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
}

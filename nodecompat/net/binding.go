package net

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// predecessorClosedKey is the binding's kPredecessorClosed: the owner of
// a handle that took over another's connection may implement a method
// under it, which runs, with whether it was a reset, once the handle it
// took over from is closed while it is not.
var predecessorClosedKey = goja.NewSymbol("predecessorClosed")

// newBinding builds the object of natives the scripts know as S.binding:
// the handle classes, listen, idle timers, IP parsing, nextTick, the
// symbol of the method that learns of a predecessor's close, and Node's
// coded errors.
func (m *Module) newBinding() *goja.Object {
	vm := m.vm
	b := vm.NewObject()
	m.tcp = m.newHandleClass("TCP", true)
	m.pipe = m.newHandleClass("Pipe", false)
	m.server = m.newServerClass()
	set(b, "TCP", m.tcp.Ctor)
	set(b, "Pipe", m.pipe.Ctor)
	// newTCP() and newPipe() make a handle as new TCP() and new Pipe()
	// do, without the class constructor's JavaScript shim.
	set(b, "newTCP", func(goja.FunctionCall) goja.Value { return m.newHandle(true).obj })
	set(b, "newPipe", func(goja.FunctionCall) goja.Value { return m.newHandle(false).obj })
	// ownHandle(h) tells the module's handles from those a script made, as
	// h instanceof TCP || h instanceof Pipe would for a handle with Go
	// state, for a third of the cost (the handle is usually one handleOf
	// has just found).
	set(b, "ownHandle", func(call goja.FunctionCall) goja.Value {
		return m.vm.ToValue(m.handleOf(call.Argument(0)) != nil)
	})
	set(b, "listen", m.listen)
	set(b, "idleTimer", m.newIdleTimer)
	m.objectProto = vm.NewObject().Prototype()
	set(b, "connectOnly", m.connectOnly)
	set(b, "ipBytes", ipBytes)
	set(b, "canonicalIP", canonicalIP)
	set(b, "nextTick", m.host.NextTickFunction())
	set(b, "kPredecessorClosed", predecessorClosedKey)
	set(b, "nodeError", func(call goja.FunctionCall) goja.Value {
		code, msg := call.Argument(1).String(), call.Argument(2).String()
		switch call.Argument(0).String() {
		case "TypeError":
			return nodeerr.TypeError(vm, code, msg)
		case "RangeError":
			return nodeerr.RangeError(vm, code, msg)
		}
		return nodeerr.Error(vm, code, msg)
	})
	set(b, "invalidArgType", func(call goja.FunctionCall) goja.Value {
		return nodeerr.InvalidArgType(vm, call.Argument(0).String(), call.Argument(1).String(), call.Argument(2))
	})
	set(b, "invalidArgValue", func(call goja.FunctionCall) goja.Value {
		reason := ""
		if r := call.Argument(2); !goja.IsUndefined(r) {
			reason = r.String()
		}
		return nodeerr.InvalidArgValue(vm, call.Argument(0).String(), call.Argument(1), reason)
	})
	set(b, "outOfRange", func(call goja.FunctionCall) goja.Value {
		return nodeerr.OutOfRange(vm, call.Argument(0).String(), call.Argument(1).String(), call.Argument(2))
	})
	set(b, "received", func(call goja.FunctionCall) goja.Value {
		return vm.ToValue(nodeerr.Received(vm, call.Argument(0)))
	})
	return b
}

// call runs fn, which calls into JavaScript from a loop callback, and
// hands an exception it throws to the uncaught-exception handler, so that
// the Go code around it (the core's read loop) carries on.
func (m *Module) call(fn func()) {
	if ex := m.vm.Try(fn); ex != nil {
		m.host.ReportUncaught(ex.Value())
	}
}

// callJS calls one of the scripts' event functions from a loop callback.
func (m *Module) callJS(fn goja.Callable, args ...goja.Value) {
	m.host.Call(fn, goja.Undefined(), args...)
}

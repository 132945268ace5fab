package process

import (
	"fmt"
	"os"
	"strconv"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// defineControl sets exit, exitCode, nextTick, emitWarning, kill and abort.
func (p *Process) defineControl() {
	vm := p.vm
	p.set("exit", func(call goja.FunctionCall) goja.Value {
		if code := call.Argument(0); !goja.IsUndefined(code) {
			p.setExitCode(code)
		}
		p.host.Exit(p.ExitCode())
		return goja.Undefined()
	})
	_ = p.obj.DefineAccessorProperty("exitCode",
		vm.ToValue(func() goja.Value { return p.exitCode }),
		vm.ToValue(func(v goja.Value) { p.setExitCode(v) }),
		goja.FLAG_TRUE, goja.FLAG_TRUE)
	p.set("nextTick", p.host.NextTickFunction())

	p.set("emitWarning", p.emitWarning)
	p.set("kill", p.kill)
	p.set("abort", func() { os.Exit(134) })
}

// setExitCode validates and stores process.exitCode as Node 20 does.
func (p *Process) setExitCode(v goja.Value) {
	if goja.IsUndefined(v) || goja.IsNull(v) {
		p.exitCode = v
		return
	}
	switch x := v.Export().(type) {
	case int64:
		p.exitCode = v
		return
	case float64:
		if x == float64(int64(x)) {
			p.exitCode = v
			return
		}
	case string:
		if _, err := strconv.Atoi(x); err == nil {
			p.exitCode = v
			return
		}
	}
	panic(nodeerr.InvalidArgType(p.vm, "code", "of type number", v))
}

// ExitCode returns process.exitCode as an integer (0 when unset).
func (p *Process) ExitCode() int {
	if goja.IsUndefined(p.exitCode) || goja.IsNull(p.exitCode) {
		return 0
	}
	return int(p.exitCode.ToInteger())
}

// Emit emits an event on process and reports whether it had listeners.
func (p *Process) Emit(name string, args ...goja.Value) bool {
	all := append([]goja.Value{p.vm.ToValue(name)}, args...)
	v, ok := p.host.Call(p.emit, p.obj, all...)
	return ok && v.ToBoolean()
}

// ListenerCount returns the number of listeners for event name.
func (p *Process) ListenerCount(name string) int {
	fn, _ := goja.AssertFunction(p.obj.Get("listenerCount"))
	v, err := fn(p.obj, p.vm.ToValue(name))
	if err != nil {
		return 0
	}
	return int(v.ToInteger())
}

// onExit emits 'exit' once, with process.exitCode set to the code.
func (p *Process) onExit(code int) {
	p.exitCode = p.vm.ToValue(code)
	p.Emit("exit", p.vm.ToValue(code))
}

// BeforeExit emits 'beforeExit' with the current exit code.
func (p *Process) BeforeExit() {
	p.Emit("beforeExit", p.vm.ToValue(p.ExitCode()))
}

// onUncaught implements Node's handling of an exception that escaped: the
// 'uncaughtExceptionMonitor' listeners see it, then 'uncaughtException'
// listeners handle it, or it is printed and the process exits with 1.
func (p *Process) onUncaught(err goja.Value) {
	p.fatalOr(err, "uncaughtException")
}

func (p *Process) fatalOr(err goja.Value, origin string) {
	p.Emit("uncaughtExceptionMonitor", err, p.vm.ToValue(origin))
	if p.ListenerCount("uncaughtException") > 0 {
		p.Emit("uncaughtException", err, p.vm.ToValue(origin))
		return
	}
	report := p.formatFatal(err)
	p.host.Exit(1) // Node runs the 'exit' listeners before printing the error
	fmt.Fprint(p.opts.Stderr, report)
}

// onUnhandledRejection implements Node 20's default 'throw' mode: an
// 'unhandledRejection' listener handles it, otherwise it is raised as an
// uncaught exception (wrapped in ERR_UNHANDLED_REJECTION if not an Error).
func (p *Process) onUnhandledRejection(reason goja.Value, promise *goja.Promise) bool {
	if p.ListenerCount("unhandledRejection") > 0 {
		p.Emit("unhandledRejection", reason, p.vm.ToValue(promise))
		return true
	}
	err := reason
	if !isError(p.vm, reason) {
		err = unhandledRejectionError(p.vm, reason)
	}
	p.fatalOr(err, "unhandledRejection")
	return true
}

func isError(vm *goja.Runtime, v goja.Value) bool {
	obj, ok := v.(*goja.Object)
	if !ok {
		return false
	}
	errCtor, _ := vm.Get("Error").(*goja.Object)
	return obj.ClassName() == "Error" || (errCtor != nil && vm.InstanceOf(obj, errCtor))
}

func (p *Process) kill(call goja.FunctionCall) goja.Value {
	pid := int(call.Argument(0).ToInteger())
	sig := signalNumber(call.Argument(1))
	if err := killPid(pid, sig); err != nil {
		panic(systemError(p.vm, "kill", err, ""))
	}
	return p.vm.ToValue(true)
}

func systemError(vm *goja.Runtime, syscall string, err error, path string) *goja.Object {
	return nodeerr.System(vm, err, syscall, path)
}

// unhandledRejectionError wraps a non-Error rejection reason the way Node 20
// reports it.
func unhandledRejectionError(vm *goja.Runtime, reason goja.Value) *goja.Object {
	msg := "This error originated either by throwing inside of an async function without a catch block, " +
		"or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \"" +
		reasonString(reason) + "\"."
	e := nodeerr.Error(vm, "ERR_UNHANDLED_REJECTION", msg)
	_ = e.Set("name", "UnhandledPromiseRejection")
	_ = e.DefineDataProperty("stack", vm.ToValue("UnhandledPromiseRejection: "+msg+
		"\n    at throwUnhandledRejectionsMode (node:internal/process/promises:389:7)"),
		goja.FLAG_TRUE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return e
}

// reasonString converts a rejection reason to text without running user code
// for primitives.
func reasonString(v goja.Value) string {
	if v == nil || goja.IsUndefined(v) {
		return "undefined"
	}
	if _, isObj := v.(*goja.Object); isObj {
		return "[object Object]"
	}
	return v.String()
}

// onRejectionHandled emits 'rejectionHandled' and Node's warning for a
// rejection that got its handler after it was reported.
func (p *Process) onRejectionHandled(promise *goja.Promise, id int) {
	p.Emit("rejectionHandled", p.vm.ToValue(promise))
	emit, _ := goja.AssertFunction(p.obj.Get("emitWarning"))
	_, _ = p.host.Call(emit, p.obj,
		p.vm.ToValue("Promise rejection was handled asynchronously (rejection id: "+strconv.Itoa(id)+")"),
		p.vm.ToValue("PromiseRejectionHandledWarning"))
}

package util

import (
	"github.com/dop251/goja"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// deprecatorSource builds the wrapper util.deprecate returns. It is script
// because the wrapper must see new.target to construct deprecated classes.
const deprecatorSource = `(function (fn, warn) {
	function deprecated(...args) {
		warn(deprecated);
		if (new.target) return Reflect.construct(fn, args, new.target);
		return Reflect.apply(fn, this, args);
	}
	Object.setPrototypeOf(deprecated, fn);
	if (fn.prototype) deprecated.prototype = fn.prototype;
	return deprecated;
})`

// deprecate is util.deprecate(fn, msg[, code]): the wrapper emits a
// DeprecationWarning through process.emitWarning on its first call, and only
// once per code across all wrappers.
func (s *state) deprecate(call goja.FunctionCall) goja.Value {
	vm := s.vm
	fn := call.Argument(0)
	msg := call.Argument(1)
	code := call.Argument(2)
	if defined(code) && !goja.IsString(code) {
		panic(nodeerr.InvalidArgType(vm, "code", "of type string", code))
	}
	process, _ := vm.Get("process").(*goja.Object)
	if process != nil && process.Get("noDeprecation") != nil && process.Get("noDeprecation").StrictEquals(vm.ToValue(true)) {
		return fn
	}
	if s.deprecator == nil {
		v, err := vm.RunString(deprecatorSource)
		if err != nil {
			panic(err)
		}
		s.deprecator, _ = goja.AssertFunction(v)
	}
	warned := false
	warn := func(c goja.FunctionCall) goja.Value {
		if warned {
			return goja.Undefined()
		}
		warned = true
		if defined(code) {
			if s.codesWarned[code.String()] {
				return goja.Undefined()
			}
			s.codesWarned[code.String()] = true
			s.emitWarning(msg, vm.ToValue("DeprecationWarning"), code, c.Argument(0))
		} else {
			s.emitWarning(msg, vm.ToValue("DeprecationWarning"))
		}
		return goja.Undefined()
	}
	wrapped, err := s.deprecator(goja.Undefined(), fn, vm.ToValue(warn))
	if err != nil {
		panic(err)
	}
	return wrapped
}

// emitWarning calls the global process.emitWarning(args...) if there is one.
func (s *state) emitWarning(args ...goja.Value) {
	p, ok := s.vm.Get("process").(*goja.Object)
	if !ok {
		return
	}
	emit, ok := goja.AssertFunction(p.Get("emitWarning"))
	if !ok {
		return
	}
	if _, err := emit(p, args...); err != nil {
		panic(err)
	}
}

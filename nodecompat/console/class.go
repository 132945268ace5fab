package console

import (
	"github.com/dop251/goja"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// consoleClass returns vm's console.Console constructor, creating it once.
func consoleClass(vm *goja.Runtime) *goja.Object {
	global := vm.GlobalObject()
	if c, ok := global.GetSymbol(classKey).(*goja.Object); ok {
		return c
	}
	ctor := vm.ToValue(func(call goja.ConstructorCall) *goja.Object {
		newConsole(vm, call.This, call.Arguments)
		return nil
	}).(*goja.Object)
	_ = ctor.DefineDataProperty("name", vm.ToValue("Console"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = ctor.DefineDataProperty("length", vm.ToValue(1), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	proto := ctor.Get("prototype").(*goja.Object)
	for _, m := range methods {
		m := m
		_ = proto.Set(m.name, newFunction(vm, m.name, m.length, func(call goja.FunctionCall) goja.Value {
			return m.fn(instanceOf(vm, call.This), call)
		}))
	}
	hasInstance := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		return vm.ToValue(ok && o.GetSymbol(instanceKey) != nil)
	})
	_ = ctor.DefineDataPropertySymbol(goja.SymHasInstance, hasInstance, goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = global.DefineDataPropertySymbol(classKey, ctor, goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_FALSE)
	return ctor
}

// instanceOf returns the console state behind this, or throws.
func instanceOf(vm *goja.Runtime, this goja.Value) *instance {
	if o, ok := this.(*goja.Object); ok {
		if v := o.GetSymbol(instanceKey); v != nil {
			if c, ok := v.Export().(*instance); ok {
				return c
			}
		}
	}
	panic(vm.NewTypeError("Illegal invocation"))
}

// newConsole initialises obj as new Console(stdout[, stderr[, ignoreErrors]])
// or new Console({ stdout, stderr, ignoreErrors, colorMode, inspectOptions,
// groupIndentation }).
func newConsole(vm *goja.Runtime, obj *goja.Object, args []goja.Value) {
	var opts *goja.Object
	var first goja.Value = goja.Undefined()
	if len(args) > 0 {
		first = args[0]
	}
	if o, ok := first.(*goja.Object); ok {
		if _, isStream := goja.AssertFunction(o.Get("write")); !isStream {
			opts = o
		}
	}
	if opts == nil {
		opts = vm.NewObject()
		_ = opts.Set("stdout", first)
		if len(args) > 1 {
			_ = opts.Set("stderr", args[1])
		}
		if len(args) > 2 {
			_ = opts.Set("ignoreErrors", args[2])
		}
	}
	ignoreErrors := true
	if v := opts.Get("ignoreErrors"); v != nil && !goja.IsUndefined(v) {
		ignoreErrors = v.ToBoolean()
	}
	out := streamOption(vm, opts, "stdout", nil, ignoreErrors)
	errs := streamOption(vm, opts, "stderr", out, ignoreErrors)
	c := newInstance(vm, out, errs)
	if v := opts.Get("colorMode"); v != nil && !goja.IsUndefined(v) {
		switch mode := v.Export().(type) {
		case bool:
			c.colorMode = map[bool]string{true: "true", false: "false"}[mode]
		case string:
			if mode != "auto" {
				panic(nodeerr.InvalidArgValue(vm, "colorMode", v, "is invalid"))
			}
		default:
			panic(nodeerr.InvalidArgValue(vm, "colorMode", v, "is invalid"))
		}
	}
	if v, ok := opts.Get("inspectOptions").(*goja.Object); ok {
		c.inspectOptions = v
	}
	if v := opts.Get("groupIndentation"); v != nil && !goja.IsUndefined(v) {
		n := v.ToFloat()
		if n != float64(int(n)) {
			panic(nodeerr.RangeError(vm, "ERR_OUT_OF_RANGE", "The value of \"groupIndentation\" is out of range. It must be an integer. Received "+v.String()))
		}
		if n < 0 || n > 1000 {
			panic(nodeerr.OutOfRange(vm, "groupIndentation", ">= 0 && <= 1000", v))
		}
		c.groupWidth = int(n)
	}
	c.bindMethods(obj, false)
}

// streamOption reads a stream option: an object with a write method, or
// fallback when absent; anything else throws ERR_CONSOLE_WRITABLE_STREAM.
func streamOption(vm *goja.Runtime, opts *goja.Object, name string, fallback sink, ignoreErrors bool) sink {
	v := opts.Get(name)
	if fallback != nil && (v == nil || goja.IsUndefined(v)) {
		return fallback
	}
	o, ok := v.(*goja.Object)
	if ok {
		if _, isFunc := goja.AssertFunction(o.Get("write")); isFunc {
			return &streamSink{vm: vm, stream: o, ignoreErrors: ignoreErrors}
		}
	}
	panic(nodeerr.TypeError(vm, "ERR_CONSOLE_WRITABLE_STREAM", "Console expects a writable stream instance for "+name))
}

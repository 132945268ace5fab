package util

import (
	"github.com/dop251/goja"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// inspectFunction returns vm's util.inspect function, with its custom,
// defaultOptions, colors and styles properties, creating it on first use.
// Custom inspectors receive this same function as their third argument.
func (s *state) inspectFunction() *goja.Object {
	if s.inspectFn != nil {
		return s.inspectFn
	}
	vm := s.vm
	f := newFunction(vm, "inspect", 2, func(call goja.FunctionCall) goja.Value {
		opts := DefaultOptions(vm)
		args := call.Arguments
		if len(args) > 2 {
			if defined(args[2]) {
				opts.Depth = limitOf(args[2])
			}
			if len(args) > 3 && defined(args[3]) {
				opts.Colors = args[3].ToBoolean()
			}
		}
		if len(args) > 1 {
			switch o := args[1].(type) {
			case *goja.Object:
				opts.Apply(o)
			default:
				if b, ok := o.Export().(bool); ok {
					opts.ShowHidden = b
				}
			}
		}
		return vm.ToValue(Inspect(vm, call.Argument(0), opts))
	})
	_ = f.Set("custom", s.in.customInspect)
	getter := vm.ToValue(func(goja.FunctionCall) goja.Value { return s.defaultOptions })
	setter := vm.ToValue(func(call goja.FunctionCall) goja.Value {
		o, ok := call.Argument(0).(*goja.Object)
		if !ok {
			panic(nodeerr.InvalidArgType(vm, "options", "of type object", call.Argument(0)))
		}
		for _, k := range o.Keys() {
			_ = s.defaultOptions.Set(k, o.Get(k))
		}
		return goja.Undefined()
	})
	_ = f.DefineAccessorProperty("defaultOptions", getter, setter, goja.FLAG_FALSE, goja.FLAG_FALSE)
	_ = f.Set("colors", s.colors)
	_ = f.Set("styles", s.styles)
	s.inspectFn = f
	return f
}

// formatWithOptions is util.formatWithOptions(inspectOptions, ...args).
func (s *state) formatWithOptions(call goja.FunctionCall) goja.Value {
	o, ok := call.Argument(0).(*goja.Object)
	if !ok {
		panic(nodeerr.InvalidArgType(s.vm, "inspectOptions", "of type object", call.Argument(0)))
	}
	opts := OptionsFrom(s.vm, o)
	var args []goja.Value
	if len(call.Arguments) > 1 {
		args = call.Arguments[1:]
	}
	return s.vm.ToValue(FormatWithOptions(s.vm, opts, args))
}

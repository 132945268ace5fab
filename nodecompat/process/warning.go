package process

import (
	"fmt"
	"os"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/emitter"
	"github.com/nodeshim/nodeshim/internal/host"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
)

// emitWarning implements process.emitWarning(warning[, type[, code]][, ctor])
// and the options-object form. The warning is emitted as a 'warning' event on
// the next tick and printed to stderr as Node prints it.
func (p *Process) emitWarning(call goja.FunctionCall) goja.Value {
	vm := p.vm
	warning := call.Argument(0)
	typ, code, detail := "Warning", "", ""
	if opts, ok := call.Argument(1).(*goja.Object); ok && opts.ClassName() == "Object" {
		typ = stringOr(opts.Get("type"), typ)
		code = stringOr(opts.Get("code"), "")
		detail = stringOr(opts.Get("detail"), "")
	} else {
		// A function in the type or code position is the stack constructor
		// (emitWarning(msg, ctor) / emitWarning(msg, type, ctor)), not text.
		if !isFunction(call.Argument(1)) {
			typ = stringOr(call.Argument(1), typ)
		}
		if !isFunction(call.Argument(2)) {
			code = stringOr(call.Argument(2), "")
		}
	}
	var w *goja.Object
	switch {
	case isError(vm, warning):
		w = warning.(*goja.Object)
	case isString(warning):
		w = nodeerr.Error(vm, "", warning.String())
		_ = w.Delete("code")
		_ = w.Set("name", typ)
		if code != "" {
			_ = w.Set("code", code)
		}
		if detail != "" {
			_ = w.Set("detail", detail)
		}
	default:
		panic(nodeerr.InvalidArgType(vm, "warning", "of type string or an instance of Error", warning))
	}
	if w.Get("name").String() == "DeprecationWarning" && p.flag("noDeprecation") {
		return goja.Undefined()
	}
	emit := vm.ToValue(func() { p.Emit("warning", w) })
	fn, _ := goja.AssertFunction(emit)
	p.host.NextTick(fn)
	return goja.Undefined()
}

// listenForWarnings adds Node's own first 'warning' listener, which prints
// warnings; removing it silences them, as in Node.
func (p *Process) listenForWarnings() {
	on, _ := goja.AssertFunction(p.obj.Get("on"))
	print := p.vm.ToValue(func(call goja.FunctionCall) goja.Value {
		if w, ok := call.Argument(0).(*goja.Object); ok {
			p.printWarning(w)
		}
		return goja.Undefined()
	})
	bind, _ := p.vm.RunString("(function (print) { return function onWarning(warning) { print(warning); }; })")
	mk, _ := goja.AssertFunction(bind)
	listener, _ := mk(goja.Undefined(), print)
	_, _ = on(p.obj, p.vm.ToValue("warning"), listener)
}

// printWarning writes a warning to stderr in Node's format.
func (p *Process) printWarning(w *goja.Object) {
	if p.flag("noProcessWarnings") {
		return
	}
	prefix := fmt.Sprintf("(node:%d) ", os.Getpid())
	if c := w.Get("code"); c != nil && !goja.IsUndefined(c) {
		prefix += "[" + c.String() + "] "
	}
	line := prefix + w.Get("name").String() + ": " + w.Get("message").String() + "\n"
	if d := w.Get("detail"); d != nil && !goja.IsUndefined(d) {
		line += d.String() + "\n"
	}
	if !p.warnedOnce["trace-hint"] {
		p.warnedOnce["trace-hint"] = true
		flag := "--trace-warnings"
		if w.Get("name").String() == "DeprecationWarning" {
			flag = "--trace-deprecation"
		}
		line += "(Use `node " + flag + " ...` to show where the warning was created)\n"
	}
	fmt.Fprint(p.opts.Stderr, line)
}

func stringOr(v goja.Value, def string) string {
	if v == nil || goja.IsUndefined(v) || goja.IsNull(v) {
		return def
	}
	return v.String()
}

func isString(v goja.Value) bool {
	_, ok := v.Export().(string)
	return ok && v.ExportType().Kind().String() == "string"
}

// formatFatal renders an uncaught exception for stderr.
func (p *Process) formatFatal(err goja.Value) string {
	site := ""
	if p.opts.ThrowSite != nil {
		site, _ = p.opts.ThrowSite(err)
	}
	if site == "" {
		site, _ = emitter.ThrowSite(err)
	}
	return host.FormatUncaught(p.vm, err, p.inspectError, site)
}

// inspectError shows an error the way Node's fatal report does: its stack
// plus own enumerable properties, or inspect() of a non-error.
func (p *Process) inspectError(err goja.Value) string {
	if p.opts.Inspect != nil {
		return p.opts.Inspect(err)
	}
	if obj, ok := err.(*goja.Object); ok {
		if s := obj.Get("stack"); s != nil && !goja.IsUndefined(s) {
			return s.String()
		}
	}
	return p.inspect(err)
}

// inspect formats a value with util.inspect when the runtime provides it.
func (p *Process) inspect(v goja.Value) string {
	if p.opts.Inspect != nil {
		return p.opts.Inspect(v)
	}
	if v == nil {
		return "undefined"
	}
	return v.String()
}

// flag reads a boolean property of process that scripts may set, such as
// process.noDeprecation.
func (p *Process) flag(name string) bool {
	v := p.obj.Get(name)
	return v != nil && v.ToBoolean()
}

func isFunction(v goja.Value) bool {
	_, ok := goja.AssertFunction(v)
	return ok
}

// Package console is Node's console for nodeshim: the global console and
// console.Console, printing exactly as Node does (util.format formatting, no
// timestamps, one write per call so output interleaves correctly with
// process.stdout.write).
package console

import (
	"io"
	"os"

	"github.com/dop251/goja"
)

// ModuleName is the name scripts pass to require().
const ModuleName = "console"

// instanceKey holds a console object's Go state.
var instanceKey = goja.NewSymbol("nodeshim.console")

// classKey holds vm's console.Console constructor on the global object.
var classKey = goja.NewSymbol("nodeshim.console.Console")

// Enable installs the global console on vm, writing to stdout and stderr (the
// writers process.stdout and process.stderr use). Colors follow Node's rules
// for a TTY when a writer is a terminal *os.File.
func Enable(vm *goja.Runtime, stdout, stderr io.Writer) {
	install(vm, newWriterSink(stdout), newWriterSink(stderr))
}

// EnableOnProcess installs the global console on vm as Node's is: writing
// through process.stdout and process.stderr (fetched from process at the
// first write), so that a replaced or corked stream sees console output.
// stdout and stderr are the writers under those streams; colors follow
// Node's rules for a TTY when they are terminals.
func EnableOnProcess(vm *goja.Runtime, process *goja.Object, stdout, stderr io.Writer) {
	stream := func(name string) func() *goja.Object {
		return func() *goja.Object { return process.Get(name).ToObject(vm) }
	}
	install(vm,
		&stdioSink{writerSink: newWriterSink(stdout), vm: vm, fetch: stream("stdout")},
		&stdioSink{writerSink: newWriterSink(stderr), vm: vm, fetch: stream("stderr")})
}

// install makes the global console, writing to out and err.
func install(vm *goja.Runtime, out, err sink) {
	inst := newInstance(vm, out, err)
	proto := vm.CreateObject(vm.NewObject())
	obj := vm.CreateObject(proto)
	inst.bindMethods(obj, true)
	_ = obj.Set("Console", consoleClass(vm))
	// The inspector's methods, which do nothing without an inspector attached.
	for _, name := range []string{"profile", "profileEnd", "timeStamp"} {
		_ = obj.Set(name, newFunction(vm, name, 0, func(goja.FunctionCall) goja.Value { return goja.Undefined() }))
	}
	_ = obj.DefineDataPropertySymbol(goja.SymToStringTag, vm.ToValue("console"), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = vm.Set("console", obj)
}

// Require fills module.exports for the module: the global console (created
// on the process's stdout and stderr if Enable has not run).
func Require(vm *goja.Runtime, module *goja.Object) {
	c, ok := vm.Get("console").(*goja.Object)
	if !ok || c.GetSymbol(instanceKey) == nil {
		Enable(vm, os.Stdout, os.Stderr)
		c = vm.Get("console").(*goja.Object)
	}
	_ = module.Set("exports", c)
}

// newFunction makes a native function with Node's name and length.
func newFunction(vm *goja.Runtime, name string, length int, fn func(goja.FunctionCall) goja.Value) *goja.Object {
	f := vm.ToValue(fn).(*goja.Object)
	_ = f.DefineDataProperty("name", vm.ToValue(name), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	_ = f.DefineDataProperty("length", vm.ToValue(length), goja.FLAG_FALSE, goja.FLAG_TRUE, goja.FLAG_FALSE)
	return f
}

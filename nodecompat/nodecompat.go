// Package nodecompat is nodeshim's Node.js façade: it enables Node's globals
// and core modules on a goja runtime driven by a core/loop.Loop, and runs
// programs the way `node` does (main module, event loop, 'beforeExit',
// 'exit', exit code).
//
// A Go program that embeds goja does what the nodeshim command does:
//
//	l, _ := loop.New()
//	vm := goja.New()
//	rt := nodecompat.Enable(vm, l, nodecompat.Options{Argv: []string{"nodeshim", "app.js"}})
//	os.Exit(rt.RunMain("app.js"))
package nodecompat

import (
	"io"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/internal/host"
	"github.com/nodeshim/nodeshim/internal/jsnames"
	"github.com/nodeshim/nodeshim/internal/nodeerr"
	"github.com/nodeshim/nodeshim/nodecompat/module"
	"github.com/nodeshim/nodeshim/nodecompat/process"
	"github.com/nodeshim/nodeshim/nodecompat/timers"
	"github.com/nodeshim/nodeshim/nodecompat/util"
)

// Options configure the Node façade.
type Options struct {
	// Argv is process.argv: the executable path, the script, its arguments.
	Argv []string
	// ExecArgv is process.execArgv.
	ExecArgv []string
	// Stdin, Stdout and Stderr default to the process's own.
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

// Runtime is the Node façade enabled on one goja runtime.
type Runtime struct {
	vm      *goja.Runtime
	host    *host.Host
	loader  *module.Loader
	process *process.Process
	timers  *timers.Timers
}

// Enable installs Node's globals (process, Buffer, console, timers, ...) and
// core modules on vm, driven by l. It must be called on the goroutine that
// will run l.
func Enable(vm *goja.Runtime, l *loop.Loop, opts Options) *Runtime {
	nodeerr.Inspect = inspectValue
	r := &Runtime{vm: vm, host: host.New(vm, l), loader: module.New(vm)}
	_ = vm.Set("global", vm.GlobalObject())
	r.registerModules()
	r.installGlobals(opts)
	jsnames.Fix(vm, vm.GlobalObject())
	return r
}

// Host returns the task runner shared with other façades on the same runtime.
func (r *Runtime) Host() *host.Host { return r.host }

// Require returns the exports of a core module, as require(name) would.
func (r *Runtime) Require(name string) goja.Value {
	v, _ := r.loader.Core(name)
	return v
}

// RunMain runs file as the main module, then the event loop until nothing
// keeps it alive, emitting 'beforeExit' and 'exit' as Node does. It returns
// the exit code.
func (r *Runtime) RunMain(file string) int {
	return r.run(func() { r.loader.RunMain(file) })
}

// RunEval runs code as Node's -e does; with print set, the completion value
// is printed as -p does.
func (r *Runtime) RunEval(code string, print bool) int {
	return r.run(func() {
		v, err := r.loader.Eval(code)
		if err != nil {
			if ex, ok := err.(*goja.Exception); ok {
				panic(ex.Value())
			}
			panic(r.vm.NewGoError(err))
		}
		if print {
			r.printValue(v)
		}
	})
}

// printValue writes v as console.log would.
func (r *Runtime) printValue(v goja.Value) {
	console, _ := r.vm.Get("console").(*goja.Object)
	if log, ok := goja.AssertFunction(console.Get("log")); ok {
		_, _ = log(console, v)
	}
}

// run executes first as the initial macrotask, then the loop.
func (r *Runtime) run(first func()) int {
	l := r.host.Loop()
	l.UpdateTime()
	r.host.Run(first)
	for !r.host.Exiting() {
		if err := l.Run(); err != nil {
			panic(err)
		}
		if r.host.Exiting() {
			break
		}
		r.host.Run(r.process.BeforeExit)
		if !l.Alive() {
			break
		}
	}
	if !r.host.Exiting() {
		r.host.Exit(r.process.ExitCode())
	}
	return r.process.ExitCode()
}

// inspectValue is util.inspect with the default options; it never throws
// (a failing custom inspector falls back to the value's class).
func inspectValue(vm *goja.Runtime, v goja.Value) (shown string) {
	if err := vm.Try(func() { shown = util.Inspect(vm, v, util.DefaultOptions(vm)) }); err != nil {
		shown = "[object]"
	}
	return shown
}

package nodecompat

import (
	"os"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/emitter"
	"github.com/nodeshim/nodeshim/internal/webapi"
	"github.com/nodeshim/nodeshim/nodecompat/crypto"
	"github.com/nodeshim/nodeshim/nodecompat/fs"
	nodeos "github.com/nodeshim/nodeshim/nodecompat/os"
	"github.com/nodeshim/nodeshim/nodecompat/path"
	"github.com/nodeshim/nodeshim/nodecompat/process"
	"github.com/nodeshim/nodeshim/nodecompat/stringdecoder"
	"github.com/nodeshim/nodeshim/nodecompat/timers"
	"github.com/nodeshim/nodeshim/nodecompat/util"
)

// registerModules makes every core module available to require().
func (r *Runtime) registerModules() {
	l := r.loader
	l.RegisterCore(emitter.ModuleName, emitter.Require)
	l.RegisterCore(path.ModuleName, path.Require)
	l.RegisterCore("path/posix", path.Require)
	l.RegisterCore(stringdecoder.ModuleName, stringdecoder.Require)
	l.RegisterCore(util.ModuleName, util.Require)
	l.RegisterCore(nodeos.ModuleName, nodeos.Require)
	l.RegisterCore(fs.ModuleName, fs.Require)
	l.RegisterCore(fs.PromisesModuleName, fs.RequirePromises)
	l.RegisterCore(crypto.ModuleName, crypto.Require)
}

// installGlobals creates the global objects, in dependency order.
func (r *Runtime) installGlobals(opts Options) {
	vm := r.vm
	webapi.Enable(vm)
	events, _ := r.loader.Core(emitter.ModuleName)
	r.process = process.New(r.host, events.(*goja.Object), process.Options{
		Argv: opts.Argv, ExecArgv: opts.ExecArgv,
		Stdin: opts.Stdin, Stdout: opts.Stdout, Stderr: opts.Stderr,
		Inspect: func(v goja.Value) string { return util.Inspect(vm, v, util.DefaultOptions(vm)) },
	})
	_ = vm.Set("process", r.process.Object())
	r.loader.RegisterCore(process.ModuleName, r.process.Require)
	r.timers = timers.Install(r.host)
	r.loader.RegisterCore(timers.ModuleName, r.timers.Require)
	r.loader.RegisterCore("timers/promises", r.timers.RequirePromises)
	installConsole(vm, opts)
	crypto.Enable(vm)
}

// installConsole is a stand-in until the console module lands.
func installConsole(vm *goja.Runtime, opts Options) {
	out, errw := opts.Stdout, opts.Stderr
	if out == nil {
		out = os.Stdout
	}
	if errw == nil {
		errw = os.Stderr
	}
	c := vm.NewObject()
	write := func(w interface{ Write([]byte) (int, error) }) func(goja.FunctionCall) goja.Value {
		return func(call goja.FunctionCall) goja.Value {
			s := ""
			for i, a := range call.Arguments {
				if i > 0 {
					s += " "
				}
				s += a.String()
			}
			_, _ = w.Write([]byte(s + "\n"))
			return goja.Undefined()
		}
	}
	_ = c.Set("log", write(out))
	_ = c.Set("info", write(out))
	_ = c.Set("error", write(errw))
	_ = c.Set("warn", write(errw))
	_ = vm.Set("console", c)
}

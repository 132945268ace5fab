package nodecompat

import (
	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/emitter"
	"github.com/nodeshim/nodeshim/internal/perf"
	"github.com/nodeshim/nodeshim/internal/webapi"
	"github.com/nodeshim/nodeshim/nodecompat/assert"
	"github.com/nodeshim/nodeshim/nodecompat/console"
	"github.com/nodeshim/nodeshim/nodecompat/crypto"
	"github.com/nodeshim/nodeshim/nodecompat/dgram"
	"github.com/nodeshim/nodeshim/nodecompat/dns"
	"github.com/nodeshim/nodeshim/nodecompat/fs"
	nodenet "github.com/nodeshim/nodeshim/nodecompat/net"
	nodeos "github.com/nodeshim/nodeshim/nodecompat/os"
	"github.com/nodeshim/nodeshim/nodecompat/path"
	"github.com/nodeshim/nodeshim/nodecompat/process"
	"github.com/nodeshim/nodeshim/nodecompat/stream"
	"github.com/nodeshim/nodeshim/nodecompat/stringdecoder"
	"github.com/nodeshim/nodeshim/nodecompat/timers"
	nodetls "github.com/nodeshim/nodeshim/nodecompat/tls"
	"github.com/nodeshim/nodeshim/nodecompat/url"
	"github.com/nodeshim/nodeshim/nodecompat/util"
)

// registerModules makes every core module available to require().
func (r *Runtime) registerModules() {
	l := r.loader
	l.RegisterCore(emitter.ModuleName, emitter.Require)
	l.RegisterCore(assert.ModuleName, assert.Require)
	l.RegisterCore(assert.StrictModuleName, assert.RequireStrict)
	l.RegisterCore(buffer.ModuleName, buffer.Require)
	l.RegisterCore(path.ModuleName, path.Require)
	l.RegisterCore("path/posix", path.Require)
	l.RegisterCore(stringdecoder.ModuleName, stringdecoder.Require)
	l.RegisterCore(util.ModuleName, util.Require)
	l.RegisterCore(console.ModuleName, console.Require)
	l.RegisterCore(nodeos.ModuleName, nodeos.Require)
	l.RegisterCore(url.ModuleName, url.Require)
	l.RegisterCore(url.QuerystringModuleName, url.RequireQuerystring)
	l.RegisterCore(fs.ModuleName, fs.Require)
	l.RegisterCore(fs.PromisesModuleName, fs.RequirePromises)
	l.RegisterCore(crypto.ModuleName, crypto.Require)
	l.RegisterCore(stream.ModuleName, stream.Loader(l.Core))
	l.RegisterCore(stream.PromisesName, stream.PromisesLoader(l.Core))
	l.RegisterCore(dns.ModuleName, dns.Require)
	l.RegisterCore(dns.PromisesModuleName, dns.RequirePromises)
	l.RegisterCore(dgram.ModuleName, dgram.Loader(l.Core))
	l.RegisterCore(nodenet.ModuleName, nodenet.Loader(l.Core))
	l.RegisterCore(nodetls.ModuleName, nodetls.Loader(l.Core))
}

// installGlobals creates the global objects, in dependency order.
func (r *Runtime) installGlobals(opts Options) {
	vm := r.vm
	buffer.Enable(vm)
	webapi.Enable(vm)
	performance := perf.Enable(vm)
	r.loader.RegisterCore("perf_hooks", func(vm *goja.Runtime, module *goja.Object) {
		exports := vm.NewObject()
		_ = exports.Set("performance", performance)
		_ = module.Set("exports", exports)
	})
	url.Enable(vm)
	events, _ := r.loader.Core(emitter.ModuleName)
	r.process = process.New(r.host, events.(*goja.Object), process.Options{
		Argv: opts.Argv, ExecArgv: opts.ExecArgv,
		Stdin: opts.Stdin, Stdout: opts.Stdout, Stderr: opts.Stderr,
		Inspect:   func(v goja.Value) string { return inspectValue(vm, v) },
		ThrowSite: func(v goja.Value) (string, bool) { return assert.ThrowSite(vm, v) },
		Core:      r.loader.Core,
	})
	_ = vm.Set("process", r.process.Object())
	r.loader.RegisterCore(process.ModuleName, r.process.Require)
	r.timers = timers.Install(r.host)
	r.loader.RegisterCore(timers.ModuleName, r.timers.Require)
	r.loader.RegisterCore("timers/promises", r.timers.RequirePromises)
	// Through process.stdout and process.stderr, as Node's console writes.
	console.EnableOnProcess(vm, r.process.Object(), r.process.Stdout(), r.process.Stderr())
	crypto.Enable(vm)
}

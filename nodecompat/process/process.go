// Package process builds Node's global `process` object: program facts (argv,
// env, pid, versions ...), exit and exitCode, nextTick, hrtime, resource
// usage, the standard streams, warnings, signals, and the process events
// ('exit', 'beforeExit', 'uncaughtException', 'unhandledRejection',
// 'warning').
package process

import (
	"io"
	"os"
	"runtime"
	"time"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/internal/host"
)

// ModuleName is the name scripts pass to require().
const ModuleName = "process"

// Version is nodeshim's own version, reported as process.versions.nodeshim.
const Version = "0.1.0"

// Options describe the program the process object reports.
type Options struct {
	// Argv is process.argv: the executable, the script, then its arguments.
	Argv []string
	// ExecArgv holds the runtime's own flags (process.execArgv).
	ExecArgv []string
	// Stdin, Stdout and Stderr are the standard streams; nil means the
	// process's own.
	Stdin          io.Reader
	Stdout, Stderr io.Writer
	// Inspect formats values as util.inspect does (for fatal error reports);
	// nil falls back to String().
	Inspect func(goja.Value) string
	// ThrowSite optionally names where Node would say an error was thrown
	// when that is inside Node's own sources (assert's "node:assert:90").
	ThrowSite func(goja.Value) (string, bool)
	// Core returns the exports of a core module by name, as the runtime's
	// loader does: the standard streams are made of require('stream').
	Core func(name string) (goja.Value, bool)
}

// Process is the Go side of the `process` object of one runtime.
type Process struct {
	vm      *goja.Runtime
	host    *host.Host
	obj     *goja.Object
	opts    Options
	started time.Time
	emit    goja.Callable

	exitCode   goja.Value
	signals    *signalWatcher
	warnedOnce map[string]bool
	stdio      *goja.Object // the factories of js/stdio.js, once run
	stdout     *stdioWriter
	stderr     *stdioWriter
}

// New builds the process object. eventEmitter is the events module's
// EventEmitter constructor: process is an EventEmitter.
func New(h *host.Host, eventEmitter *goja.Object, opts Options) *Process {
	vm := h.VM()
	if opts.Stdout == nil {
		opts.Stdout = os.Stdout
	}
	if opts.Stderr == nil {
		opts.Stderr = os.Stderr
	}
	if opts.Stdin == nil {
		opts.Stdin = os.Stdin
	}
	p := &Process{vm: vm, host: h, opts: opts, started: time.Now(), exitCode: goja.Undefined(), warnedOnce: map[string]bool{}}
	p.stdout, p.stderr = &stdioWriter{w: opts.Stdout}, &stdioWriter{w: opts.Stderr}
	p.obj = vm.NewObject()
	proto := eventEmitter.Get("prototype").(*goja.Object)
	_ = p.obj.SetPrototype(proto)
	if ctor, ok := goja.AssertFunction(eventEmitter); ok {
		_, _ = ctor(p.obj)
	}
	p.emit, _ = goja.AssertFunction(p.obj.Get("emit"))
	p.defineFacts()
	p.defineControl()
	p.defineStreams()
	p.signals = newSignalWatcher(p)
	p.listenForWarnings()
	h.SetUncaughtHandler(p.onUncaught)
	h.SetRejectionHandler(p.onUnhandledRejection)
	h.SetExitHook(p.onExit)
	h.SetLateHandlerHook(p.onRejectionHandled)
	return p
}

// Object returns the JS process object.
func (p *Process) Object() *goja.Object { return p.obj }

// Require serves require('process').
func (p *Process) Require(vm *goja.Runtime, module *goja.Object) {
	_ = module.Set("exports", p.obj)
}

func (p *Process) set(name string, v any) {
	_ = p.obj.Set(name, v)
}

// defineFacts sets the descriptive properties.
func (p *Process) defineFacts() {
	vm := p.vm
	exe, _ := os.Executable()
	argv := append([]string{}, p.opts.Argv...)
	if len(argv) == 0 {
		argv = []string{exe}
	}
	argv0 := "node"
	if len(os.Args) > 0 {
		argv0 = os.Args[0]
	}
	p.set("argv", argv)
	p.set("argv0", argv0)
	p.set("execPath", exe)
	p.set("execArgv", append([]string{}, p.opts.ExecArgv...))
	p.set("env", newEnv(vm))
	p.set("pid", os.Getpid())
	p.set("ppid", os.Getppid())
	p.set("platform", runtime.GOOS)
	p.set("arch", nodeArch())
	p.set("version", host.NodeVersion)
	versions := vm.NewObject()
	_ = versions.Set("node", host.NodeVersion[1:])
	_ = versions.Set("nodeshim", Version)
	_ = versions.Set("goja", "0.0.0")
	_ = versions.Set("go", runtime.Version())
	_ = versions.Set("v8", "11.3.244.8-node.0")
	_ = versions.Set("uv", "1.46.0")
	p.set("versions", versions)
	release := vm.NewObject()
	_ = release.Set("name", "node")
	_ = release.Set("lts", "Iron")
	p.set("release", release)
	p.set("title", "node")
	config := vm.NewObject()
	_ = config.Set("variables", vm.NewObject())
	p.set("config", config)
	features := vm.NewObject()
	_ = features.Set("tls", true)
	_ = features.Set("ipv6", true)
	p.set("features", features)
	p.set("cwd", func() string { d, _ := os.Getwd(); return d })
	p.set("chdir", p.chdir)
	p.set("umask", func() int { return 0o022 })
	p.set("uptime", func() float64 { return time.Since(p.started).Seconds() })
	p.set("hrtime", p.hrtimeObject())
	p.set("memoryUsage", p.memoryUsageObject())
	p.set("cpuUsage", p.cpuUsage)
	p.set("resourceUsage", p.resourceUsage)
	p.set("getuid", os.Getuid)
	p.set("geteuid", os.Geteuid)
	p.set("getgid", os.Getgid)
	p.set("getegid", os.Getegid)
}

// nodeArch maps GOARCH to Node's process.arch names.
func nodeArch() string {
	switch runtime.GOARCH {
	case "amd64":
		return "x64"
	case "386":
		return "ia32"
	}
	return runtime.GOARCH
}

func (p *Process) chdir(dir string) {
	if err := os.Chdir(dir); err != nil {
		panic(systemError(p.vm, "chdir", err, dir))
	}
}

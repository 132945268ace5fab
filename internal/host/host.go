// Package host runs a goja.Runtime on a core/loop.Loop with Node's task
// semantics. Every loop callback becomes a macrotask; after it, the
// process.nextTick queue and then the promise jobs run until both are empty;
// then unhandled promise rejections are reported. Exceptions that escape a
// callback go to one handler (Node's 'uncaughtException' logic lives in the
// Node façade; the default prints the error and exits with code 1).
//
// Both façades use the same Host for a runtime, so a W3C socket event and a
// Node socket event are the same kind of macrotask.
//
// JavaScript is entered through one trampoline function, once per run of
// the loop (a session) rather than once per callback: the macrotasks of the
// run are calls of Go code under that one call, and each runs its ticks and
// then the promise jobs itself.
package host

import (
	"errors"

	"github.com/dop251/goja"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/internal/callcache"
	"github.com/nodeshim/nodeshim/internal/perruntime"
	"github.com/nodeshim/nodeshim/internal/vmstack"
)

// Host drives one goja.Runtime from one loop. All methods must be called on
// the loop's goroutine unless they say otherwise.
type Host struct {
	vm   *goja.Runtime
	loop *loop.Loop

	trampoline goja.Callable // JS: run the current Go task, then drain ticks
	current    func()
	stack      *vmstack.Keeper // the value stack each task runs on
	depth      int             // nesting of runTask; only the outermost drains
	jobs       jobQueue        // the runtime's promise jobs, run by a session's tasks
	session    bool            // a run of the loop is inside one trampoline call

	ticks         []tick
	nextTickFn    *goja.Object    // NextTickFunction's native, made once
	tickCallables callcache.Cache // the Callables of the callbacks queued last
	rejections    rejectionTracker

	uncaught    func(err goja.Value)
	rejection   func(reason goja.Value, promise *goja.Promise) bool
	lateHandler func(promise *goja.Promise, id int)

	exitCalled bool // Exit has begun (the exit hook may still be running)
	exiting    bool // no more JavaScript runs
	exitCode   int
	onExit     func(code int)
}

type tick struct {
	fn   goja.Callable
	args []goja.Value
}

// hosts gives each runtime its one Host; the runtime keeps its Host alive
// through the natives that close over it.
var hosts perruntime.Registry[Host]

// New creates the Host for vm and makes it the task runner of l. A runtime
// has at most one Host; New returns the existing one if there is one.
func New(vm *goja.Runtime, l *loop.Loop) *Host {
	return hosts.Get(vm, func(vm *goja.Runtime) *Host {
		h := &Host{vm: vm, loop: l, stack: vmstack.New(vm), jobs: newJobQueue(vm)}
		fillLanguageGaps(vm)
		h.uncaught = h.printAndExit
		h.trampoline = h.makeTrampoline()
		vm.SetPromiseRejectionTracker(h.rejections.track)
		l.SetTaskRunner(h.runTask)
		l.SetSessionRunner(h.runSession)
		return h
	})
}

// From returns the Host of vm, or nil if it has none.
func From(vm *goja.Runtime) *Host {
	return hosts.Lookup(vm)
}

// VM returns the runtime.
func (h *Host) VM() *goja.Runtime { return h.vm }

// Loop returns the loop that drives the runtime.
func (h *Host) Loop() *loop.Loop { return h.loop }

// makeTrampoline compiles the JS function through which every macrotask runs:
// calling it makes the task the outermost JS call, so goja drains promise jobs
// only after the nextTick queue, as Node orders them. The function only calls
// back into Go (runTrampolined), which catches the task's exception and drains
// the ticks itself: one native call per task rather than a JavaScript try
// block and two native calls.
func (h *Host) makeTrampoline() goja.Callable {
	prg := goja.MustCompile("node:internal/process/task_queues", `(function (run) {
		return function processTicksAndRejections() { run(); };
	})`, true)
	v, err := h.vm.RunProgram(prg)
	if err != nil {
		panic(err)
	}
	factory, _ := goja.AssertFunction(v)
	run := h.vm.ToValue(func(goja.FunctionCall) goja.Value { h.runTrampolined(h.current); return goja.Undefined() })
	fn, err := factory(goja.Undefined(), run)
	if err != nil {
		panic(err)
	}
	f, _ := goja.AssertFunction(fn)
	return f
}

// runTrampolined runs task inside the trampoline's call (the current task,
// or one of a session's macrotasks), then the nextTick queue. An exception that escapes the task is reported from here,
// inside the call: when that ends the process (h.Exit interrupts the
// runtime), goja then drops the promise jobs queued so far instead of running
// them as it returns, as Node runs no more JavaScript after a fatal
// exception. An interruption is not an exception: it unwinds through here.
// Once Exit has begun nothing is reported, as the catch block of a
// JavaScript try would have been interrupted before it ran.
func (h *Host) runTrampolined(task func()) {
	if ex := h.vm.Try(task); ex != nil && !h.exiting {
		h.uncaught(ex.Value())
	}
	h.drainTicks()
}

// Run executes task as one macrotask: the task, then the nextTick queue and
// the microtasks until both are empty, then unhandled-rejection processing.
// Called from inside another task it simply runs task.
func (h *Host) Run(task func()) {
	h.runTask(task)
}

func (h *Host) runTask(task func()) {
	if h.exiting {
		return
	}
	if h.depth > 0 {
		task()
		return
	}
	h.depth++
	defer func() { h.depth-- }()
	h.enter(task)
	for !h.exiting {
		if len(h.ticks) > 0 {
			h.enter(func() {})
			continue
		}
		if !h.processRejections() {
			return
		}
	}
}

// enter runs task as the JavaScript part of a macrotask: the task, then
// the nextTick queue, then the promise jobs. Outside a session it calls the
// trampoline, and goja runs the jobs as the call returns; inside one, the
// trampoline's call is open already and enter runs the jobs itself.
func (h *Host) enter(task func()) {
	if h.session {
		h.runTrampolined(task)
		h.jobs.run(h.Exiting)
		return
	}
	h.call(task)
}

// call calls the trampoline with task as the current Go task.
func (h *Host) call(task func()) {
	h.current = task
	h.stack.Lend()
	_, err := h.trampoline(goja.Undefined())
	h.stack.Wipe()
	h.current = nil
	h.handleError(err)
}

// runSession runs a run of the loop (iterations) inside one call of the
// trampoline, the loop's session runner: a macrotask then costs a call of
// its Go task and no entry into goja of its own (about 2,000 instructions
// fewer per socket event), and the tasks run the promise jobs themselves
// (see enter). Without access to the job queue, or when the loop runs from
// inside a task, the iterations simply run.
func (h *Host) runSession(iterations func()) {
	if h.session || h.depth > 0 || h.exiting || !h.jobs.active() {
		iterations()
		return
	}
	h.session = true
	defer func() { h.session = false }()
	h.call(iterations)
}

// handleError routes an exception that escaped to the uncaught handler.
// Interruptions caused by Exit are expected and ignored.
func (h *Host) handleError(err error) {
	if err == nil {
		return
	}
	var interrupted *goja.InterruptedError
	if errors.As(err, &interrupted) || h.exiting {
		h.vm.ClearInterrupt()
		return
	}
	var ex *goja.Exception
	if errors.As(err, &ex) {
		h.uncaught(ex.Value())
		return
	}
	h.uncaught(h.vm.NewGoError(err))
}

// Call calls a JS function from inside a task. An exception it throws is
// reported as uncaught (Node's behaviour for an exception escaping a
// callback) and Call returns ok false.
func (h *Host) Call(fn goja.Callable, this goja.Value, args ...goja.Value) (goja.Value, bool) {
	if h.exiting {
		return goja.Undefined(), false
	}
	if h.depth == 0 {
		return h.callAsTask(fn, this, args)
	}
	v, err := fn(this, args...)
	if err != nil {
		h.handleError(err)
		return goja.Undefined(), false
	}
	return v, true
}

// callAsTask is Call outside a task: the call becomes one. (Apart from
// Call, so that the results its closure sets are not moved to the heap on
// every call, the common one from inside a task included.)
func (h *Host) callAsTask(fn goja.Callable, this goja.Value, args []goja.Value) (result goja.Value, ok bool) {
	h.runTask(func() { result, ok = h.Call(fn, this, args...) })
	return result, ok
}

// NextTick queues fn for Node's nextTick queue, which runs after the current
// macrotask and before promise jobs.
func (h *Host) NextTick(fn goja.Callable, args ...goja.Value) {
	h.ticks = append(h.ticks, tick{fn: fn, args: args})
}

// NextTickFirst queues fn at the head of the nextTick queue, before the
// ticks queued so far: for a tick that does the work of two queued back to
// back, to put the second one back in its place when the first part
// throws.
func (h *Host) NextTickFirst(fn goja.Callable, args ...goja.Value) {
	h.ticks = append([]tick{{fn: fn, args: args}}, h.ticks...)
}

// drainTicks runs the nextTick queue until it is empty, including ticks
// queued by ticks.
func (h *Host) drainTicks() {
	for len(h.ticks) > 0 && !h.exiting {
		t := h.ticks[0]
		h.ticks[0] = tick{}
		h.ticks = h.ticks[1:]
		h.Call(t.fn, goja.Undefined(), t.args...)
	}
	if len(h.ticks) == 0 {
		h.ticks = nil
	}
}

// SetUncaughtHandler sets what happens to an exception that escapes a
// callback. The default prints it and exits with code 1.
func (h *Host) SetUncaughtHandler(fn func(err goja.Value)) {
	h.uncaught = fn
}

// ReportUncaught hands err to the uncaught-exception handler, as if it had
// escaped a callback.
func (h *Host) ReportUncaught(err goja.Value) {
	if !h.exiting {
		h.uncaught(err)
	}
}

// SetRejectionHandler sets the handler of a promise rejected with no handler
// by the end of a macrotask's microtasks. It returns whether it dealt with
// the rejection; if not, the rejection is reported as an uncaught exception.
func (h *Host) SetRejectionHandler(fn func(reason goja.Value, promise *goja.Promise) bool) {
	h.rejection = fn
}

// SetLateHandlerHook sets the function told about a promise whose rejection
// was reported as unhandled and which got a handler afterwards (Node's
// 'rejectionHandled'); id is the rejection's number.
func (h *Host) SetLateHandlerHook(fn func(promise *goja.Promise, id int)) {
	h.lateHandler = fn
}

// processRejections reports the promises rejected without a handler, and
// those handled too late. It returns false when there was nothing to report.
func (h *Host) processRejections() bool {
	pending := h.rejections.take()
	late := h.rejections.takeLate()
	if len(pending) == 0 && len(late) == 0 {
		return false
	}
	for _, r := range late {
		if h.lateHandler != nil && !h.exiting {
			h.enter(func() { h.lateHandler(r.promise, r.id) })
		}
	}
	for _, r := range pending {
		if h.exiting {
			break
		}
		p := r.promise
		h.enter(func() {
			if h.rejection == nil || !h.rejection(p.Result(), p) {
				h.uncaught(p.Result())
			}
		})
	}
	return true
}

// SetExitHook sets the function Exit calls once with the exit code, before the
// loop stops (the Node façade emits 'exit' there).
func (h *Host) SetExitHook(fn func(code int)) {
	h.onExit = fn
}

// Exit ends the program with code: it runs the exit hook, stops the loop and
// interrupts any JavaScript still on the stack. A call made while the exit
// hook runs only changes the code.
func (h *Host) Exit(code int) {
	h.exitCode = code
	if h.exitCalled {
		return
	}
	h.exitCalled = true
	if h.onExit != nil {
		h.onExit(code)
	}
	h.loop.RunAfterTask() // bytes gathered for sockets go out before the end
	h.exiting = true
	h.loop.Stop()
	if h.depth > 0 {
		h.vm.Interrupt("exit") // unwind the JavaScript still on the stack
	}
}

// Exiting reports whether Exit has been called.
func (h *Host) Exiting() bool { return h.exiting }

// ExitCode returns the code passed to Exit.
func (h *Host) ExitCode() int { return h.exitCode }

// fillLanguageGaps defines the well-known symbols goja lacks and that Node
// code relies on (Symbol.asyncIterator, used by streams and events.on).
func fillLanguageGaps(vm *goja.Runtime) {
	_, err := vm.RunString(`if (typeof Symbol.asyncIterator !== 'symbol') {
		Object.defineProperty(Symbol, 'asyncIterator', { value: Symbol('Symbol.asyncIterator') });
	}`)
	if err != nil {
		panic(err)
	}
}

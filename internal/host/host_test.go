package host

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/core/loop"
)

// env is a runtime on a loop with a `log(...)` global and `tick(fn)` bound
// to the Host's nextTick queue.
type env struct {
	vm   *goja.Runtime
	loop *loop.Loop
	host *Host
	log  []string
}

func newEnv(t *testing.T) *env {
	t.Helper()
	l, err := loop.New()
	require.NoError(t, err)
	t.Cleanup(func() { _ = l.Close() })
	vm := goja.New()
	e := &env{vm: vm, loop: l, host: New(vm, l)}
	require.NoError(t, vm.Set("log", func(s string) { e.log = append(e.log, s) }))
	require.NoError(t, vm.Set("tick", func(fn goja.Callable) { e.host.NextTick(fn) }))
	return e
}

// runJS runs src as one macrotask, then the loop.
func (e *env) runJS(t *testing.T, src string) {
	t.Helper()
	e.host.Run(func() {
		if _, err := e.vm.RunString(src); err != nil {
			if ex, ok := err.(*goja.Exception); ok {
				panic(ex.Value())
			}
			panic(err) // an interruption by Exit unwinds on
		}
	})
	require.NoError(t, e.loop.Run())
}

func TestTicksRunBeforePromiseJobs(t *testing.T) {
	e := newEnv(t)
	e.runJS(t, `
		Promise.resolve().then(() => log('promise'));
		tick(() => { log('tick'); Promise.resolve().then(() => { log('p2'); tick(() => log('tick from promise')); }); });
		log('sync');
	`)
	assert.Equal(t, []string{"sync", "tick", "promise", "p2", "tick from promise"}, e.log)
}

func TestUncaughtExceptionGoesToHandlerAndLoopGoesOn(t *testing.T) {
	e := newEnv(t)
	var caught []string
	e.host.SetUncaughtHandler(func(err goja.Value) {
		caught = append(caught, err.ToObject(e.vm).Get("message").String())
	})
	e.loop.NewTimer(0, func() {
		fn, _ := goja.AssertFunction(e.vm.ToValue(func() { panic(e.vm.NewTypeError("in timer")) }))
		e.host.Call(fn, goja.Undefined())
	})
	e.loop.NewTimer(2, func() { e.log = append(e.log, "later timer") })
	e.runJS(t, `tick(() => { throw new Error('in tick') }); tick(() => log('next tick still runs'))`)
	assert.Equal(t, []string{"in tick", "in timer"}, caught)
	assert.Equal(t, []string{"next tick still runs", "later timer"}, e.log)
}

// A tick queued first runs before the ticks queued so far, even when the
// tick that queues it throws (the exception is reported first).
func TestNextTickFirstRunsBeforeQueuedTicks(t *testing.T) {
	e := newEnv(t)
	e.host.SetUncaughtHandler(func(err goja.Value) {
		e.log = append(e.log, "caught "+err.ToObject(e.vm).Get("message").String())
	})
	require.NoError(t, e.vm.Set("first", func(fn goja.Callable) { e.host.NextTickFirst(fn) }))
	e.runJS(t, `tick(() => {
		tick(() => log('queued before'));
		first(() => log('first'));
		throw new Error('thrown');
	}); tick(() => log('queued earlier'))`)
	assert.Equal(t, []string{"caught thrown", "first", "queued earlier", "queued before"}, e.log)
}

func TestFatalExceptionRunsNoQueuedPromiseJobs(t *testing.T) {
	e := newEnv(t)
	e.host.SetUncaughtHandler(func(goja.Value) { e.host.Exit(1) })
	e.runJS(t, `Promise.resolve().then(() => log('job')); tick(() => log('tick')); log('sync'); throw new Error('fatal')`)
	assert.Equal(t, []string{"sync"}, e.log, "node runs no JavaScript after a fatal exception")
	assert.Equal(t, 1, e.host.ExitCode())
}

func TestRejectionsReportedAfterMicrotasks(t *testing.T) {
	e := newEnv(t)
	var reported []string
	var late []int
	e.host.SetRejectionHandler(func(reason goja.Value, _ *goja.Promise) bool {
		reported = append(reported, reason.String())
		return true
	})
	e.host.SetLateHandlerHook(func(_ *goja.Promise, id int) { late = append(late, id) })
	e.runJS(t, `
		Promise.reject('one');
		const caughtInTime = Promise.reject('two');
		Promise.resolve().then(() => caughtInTime.catch(() => log('caught two')));
		globalThis.three = Promise.reject('three');
	`)
	assert.Equal(t, []string{"one", "three"}, reported)
	e.runJS(t, `three.catch(() => log('caught three late'))`)
	assert.Equal(t, []int{3}, late, "rejection ids count every rejection, as Node's do")
	assert.Equal(t, []string{"caught two", "caught three late"}, e.log)
}

func TestExitUnwindsJavaScriptAndRunsHookOnce(t *testing.T) {
	e := newEnv(t)
	var hookCodes []int
	e.host.SetExitHook(func(code int) {
		hookCodes = append(hookCodes, code)
		e.host.Exit(9) // a call from the hook only changes the code
	})
	require.NoError(t, e.vm.Set("exit", func(code int) { e.host.Exit(code) }))
	e.loop.NewTimer(50, func() { e.log = append(e.log, "timer after exit") })
	e.runJS(t, `log('before'); (function deep(n) { if (n === 0) exit(3); deep(n - 1); log('unwound?'); })(10); log('after')`)
	assert.Equal(t, []string{"before"}, e.log)
	assert.Equal(t, []int{3}, hookCodes)
	assert.Equal(t, 9, e.host.ExitCode())
	assert.True(t, e.host.Exiting())
}

func TestExceptionAfterExitIsNotReported(t *testing.T) {
	// A task's Go code that meets the interruption and throws it on as a
	// value of its own (as a module loader does) is not an uncaught
	// exception: the program is already exiting.
	e := newEnv(t)
	var caught []goja.Value
	e.host.SetUncaughtHandler(func(err goja.Value) { caught = append(caught, err) })
	require.NoError(t, e.vm.Set("exit", func(code int) { e.host.Exit(code) }))
	e.host.Run(func() {
		_, err := e.vm.RunString(`exit(4); log('after')`)
		require.Error(t, err)
		panic(e.vm.NewGoError(err))
	})
	assert.Empty(t, caught)
	assert.Empty(t, e.log)
	assert.Equal(t, 4, e.host.ExitCode())
}

func TestCaretPointsAtThrowStatement(t *testing.T) {
	assert.Equal(t, 3, caretColumn("  throw new Error('x')", 9))
	assert.Equal(t, 7, caretColumn("  a = b.c.d", 7))
	assert.Equal(t, 1, caretColumn("short", 99))
}

func TestJobQueueReachesThisGoja(t *testing.T) {
	// If this fails, goja's layout changed: newJobQueue must be updated
	// when goja is upgraded (the Host then enters JavaScript per task).
	require.True(t, newJobQueue(goja.New()).active())
}

// loopTasks runs each source as a JS function called from its own loop
// callback (a timer due at once, in order), then the loop.
func (e *env) loopTasks(t *testing.T, srcs ...string) {
	t.Helper()
	for _, src := range srcs {
		v, err := e.vm.RunString("(function () {" + src + "})")
		require.NoError(t, err)
		fn, ok := goja.AssertFunction(v)
		require.True(t, ok)
		e.loop.NewTimer(0, func() { e.host.Call(fn, goja.Undefined()) })
	}
	require.NoError(t, e.loop.Run())
}

func TestLoopTasksDrainTicksThenJobsBeforeTheNextTask(t *testing.T) {
	e := newEnv(t)
	e.loopTasks(t,
		`Promise.resolve().then(() => { log('job 1'); tick(() => log('tick from job 1')); }); tick(() => log('tick 1')); log('task 1')`,
		`log('task 2'); Promise.resolve().then(() => log('job 2'))`,
	)
	assert.Equal(t, []string{"task 1", "tick 1", "job 1", "tick from job 1", "task 2", "job 2"}, e.log)
}

func TestLoopTaskRejectionReportedAfterItsJobs(t *testing.T) {
	e := newEnv(t)
	var reported []string
	e.host.SetRejectionHandler(func(reason goja.Value, _ *goja.Promise) bool {
		reported = append(reported, reason.String())
		log := append([]string(nil), e.log...)
		assert.Equal(t, []string{"caught in time"}, log, "reported after the task's jobs, before the next task")
		return true
	})
	e.loopTasks(t,
		`Promise.reject('unhandled'); const p = Promise.reject('handled'); Promise.resolve().then(() => p.catch(() => log('caught in time')))`,
		`log('next task')`,
	)
	assert.Equal(t, []string{"unhandled"}, reported)
	assert.Equal(t, []string{"caught in time", "next task"}, e.log)
}

func TestExitInLoopTaskRunsNoMoreJavaScript(t *testing.T) {
	e := newEnv(t)
	require.NoError(t, e.vm.Set("exit", func(code int) { e.host.Exit(code) }))
	e.loopTasks(t,
		`Promise.resolve().then(() => log('job')); tick(() => log('tick')); log('task'); exit(5); log('after exit')`,
		`log('next task')`,
	)
	assert.Equal(t, []string{"task"}, e.log)
	assert.Equal(t, 5, e.host.ExitCode())
}

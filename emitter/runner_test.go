package emitter

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"
)

// scriptRuntime is a goja runtime with require('events'), a console.log
// that joins String(arg) with spaces, and a process stub (an EventEmitter
// with nextTick and emitWarning) whose ticks run before promise jobs, as in
// Node.
type scriptRuntime struct {
	vm    *goja.Runtime
	out   strings.Builder
	ticks []func()
}

// missingModule starts the error require throws for modules other than
// events.
const missingModule = "test runtime has no module "

// newScriptRuntime builds the runtime; withProcess adds the process stub.
func newScriptRuntime(t testing.TB, withProcess bool) *scriptRuntime {
	r := &scriptRuntime{vm: goja.New()}
	vm := r.vm
	module := vm.NewObject()
	require.NoError(t, module.Set("exports", vm.NewObject()))
	Require(vm, module)
	events := module.Get("exports")
	require.NoError(t, vm.Set("require", func(call goja.FunctionCall) goja.Value {
		if id := strings.TrimPrefix(call.Argument(0).String(), "node:"); id != ModuleName {
			panic(vm.NewTypeError(missingModule + id))
		}
		return events
	}))
	console := vm.NewObject()
	require.NoError(t, console.Set("log", func(call goja.FunctionCall) goja.Value {
		parts := make([]string, len(call.Arguments))
		for i, a := range call.Arguments {
			parts[i] = a.String()
		}
		r.out.WriteString(strings.Join(parts, " ") + "\n")
		return goja.Undefined()
	}))
	require.NoError(t, vm.Set("console", console))
	if withProcess {
		process, err := vm.New(events)
		require.NoError(t, err)
		require.NoError(t, process.Set("nextTick", func(call goja.FunctionCall) goja.Value {
			fn, ok := goja.AssertFunction(call.Argument(0))
			if !ok {
				panic(vm.NewTypeError("callback is not a function"))
			}
			args := append([]goja.Value(nil), call.Arguments[1:]...)
			r.ticks = append(r.ticks, func() {
				_, err := fn(goja.Undefined(), args...)
				must(err)
			})
			return goja.Undefined()
		}))
		r.callJS(t, `(function (p) {
			p.emitWarning = function (w) { p.nextTick(function () { p.emit('warning', w); }); };
		})`, process)
		require.NoError(t, vm.Set("process", process))
	}
	return r
}

// callJS evaluates src to a function and calls it with args.
func (r *scriptRuntime) callJS(t testing.TB, src string, args ...goja.Value) goja.Value {
	v, err := r.vm.RunString(src)
	require.NoError(t, err)
	fn, ok := goja.AssertFunction(v)
	require.True(t, ok)
	res, err := fn(goja.Undefined(), args...)
	require.NoError(t, err)
	return res
}

// run runs src as a CommonJS-style function body, then the ticks it queued,
// then promise jobs, repeating ticks and jobs until both are drained (Node's
// order), and returns what was logged.
func (r *scriptRuntime) run(name, src string) (string, error) {
	main, err := r.vm.RunScript(name, "(function () {"+src+"\n})")
	if err != nil {
		return "", err
	}
	drain := r.vm.ToValue(func(goja.FunctionCall) goja.Value {
		for len(r.ticks) > 0 {
			tick := r.ticks[0]
			r.ticks = r.ticks[1:]
			tick()
		}
		return goja.Undefined()
	})
	trampoline, err := r.vm.RunString(`(function (main, drain) { main(); drain(); })`)
	if err != nil {
		return "", err
	}
	run, _ := goja.AssertFunction(trampoline)
	if _, err := run(goja.Undefined(), main, drain); err != nil {
		return r.out.String(), err
	}
	drainFn, _ := goja.AssertFunction(drain)
	for len(r.ticks) > 0 {
		if _, err := drainFn(goja.Undefined()); err != nil {
			return r.out.String(), err
		}
	}
	return r.out.String(), nil
}

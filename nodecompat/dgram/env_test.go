package dgram

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/emitter"
	"github.com/nodeshim/nodeshim/internal/host"
	"github.com/nodeshim/nodeshim/nodecompat/dns"
)

// env is a runtime on a loop with Buffer, the dgram module as the global
// `dgram` (over the events and dns modules), and `out(...)` recording lines.
type env struct {
	t        testing.TB
	vm       *goja.Runtime
	loop     *loop.Loop
	host     *host.Host
	out      []string
	uncaught []string
}

func newEnv(t testing.TB) *env {
	t.Helper()
	l, err := loop.New()
	require.NoError(t, err)
	vm := goja.New()
	e := &env{t: t, vm: vm, loop: l, host: host.New(vm, l)}
	t.Cleanup(func() { _ = l.Close() })
	e.host.SetUncaughtHandler(func(err goja.Value) { e.uncaught = append(e.uncaught, err.String()) })
	buffer.Enable(vm)
	modules := map[string]goja.Value{}
	loaders := map[string]func(*goja.Runtime, *goja.Object){"events": emitter.Require, "dns": dns.Require}
	core := func(name string) (goja.Value, bool) {
		if v, ok := modules[name]; ok {
			return v, true
		}
		load, ok := loaders[name]
		if !ok {
			return nil, false
		}
		module := vm.NewObject()
		_ = module.Set("exports", vm.NewObject())
		load(vm, module)
		modules[name] = module.Get("exports")
		return modules[name], true
	}
	module := vm.NewObject()
	require.NoError(t, module.Set("exports", vm.NewObject()))
	Loader(core)(vm, module)
	require.NoError(t, vm.Set("dgram", module.Get("exports")))
	events, _ := core("events")
	require.NoError(t, vm.Set("EventEmitter", events))
	require.NoError(t, vm.Set("out", func(call goja.FunctionCall) goja.Value {
		parts := make([]string, len(call.Arguments))
		for i, a := range call.Arguments {
			parts[i] = a.String()
		}
		e.out = append(e.out, strings.Join(parts, " "))
		return goja.Undefined()
	}))
	return e
}

// start runs js as a task, without running the loop.
func (e *env) start(js string) {
	e.t.Helper()
	var err error
	e.host.Run(func() { _, err = e.vm.RunString(js) })
	require.NoError(e.t, err)
}

// run runs js as the first task, then the loop until it is idle, and
// returns the recorded lines.
func (e *env) run(js string) []string {
	e.t.Helper()
	e.start(js)
	require.NoError(e.t, e.loop.Run())
	return e.out
}

// eval runs js from a task posted to the loop (for Go code running beside
// the loop).
func (e *env) eval(js string) {
	e.loop.Post(func() {
		_, err := e.vm.RunString(js)
		if err != nil {
			panic(err)
		}
	})
}

package dgram

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/emitter"
	"github.com/nodeshim/nodeshim/internal/hosttest"
	"github.com/nodeshim/nodeshim/nodecompat/dns"
	"github.com/nodeshim/nodeshim/nodecompat/internal/modtest"
)

// env is a runtime on a loop with Buffer, the dgram module as the global
// `dgram` (over the events and dns modules), and `out(...)` recording lines.
type env struct{ *hosttest.Env }

func newEnv(t testing.TB) *env {
	t.Helper()
	e := &env{hosttest.New(t, "out")}
	vm := e.VM
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
	modtest.Load(t, vm, "dgram", Loader(core))
	events, _ := core("events")
	require.NoError(t, vm.Set("EventEmitter", events))
	return e
}

// eval runs js from a task posted to the loop (for Go code running beside
// the loop).
func (e *env) eval(js string) {
	e.Loop.Post(func() {
		_, err := e.VM.RunString(js)
		if err != nil {
			panic(err)
		}
	})
}

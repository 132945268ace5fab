package crypto

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/internal/host"
)

// env is a runtime on a loop with the module as the global `c`, the global
// `crypto` enabled, and `out(...)` recording lines.
type env struct {
	t    *testing.T
	vm   *goja.Runtime
	loop *loop.Loop
	host *host.Host
	out  []string
}

func newEnv(t *testing.T) *env {
	t.Helper()
	l, err := loop.New()
	require.NoError(t, err)
	vm := goja.New()
	e := &env{t: t, vm: vm, loop: l, host: host.New(vm, l)}
	t.Cleanup(func() {
		_ = l.Close()
	})
	e.host.SetUncaughtHandler(func(err goja.Value) { t.Errorf("uncaught: %s", err) })
	buffer.Enable(vm)
	module := vm.NewObject()
	require.NoError(t, module.Set("exports", vm.NewObject()))
	Require(vm, module)
	require.NoError(t, vm.Set("c", module.Get("exports")))
	Enable(vm)
	require.NoError(t, vm.Set("out", func(call goja.FunctionCall) goja.Value {
		parts := make([]string, len(call.Arguments))
		for i, a := range call.Arguments {
			parts[i] = a.String()
		}
		e.out = append(e.out, strings.Join(parts, " "))
		return goja.Undefined()
	}))
	_, err = vm.RunString(`function attempt(f) {
		try { return 'ok ' + String(f()); } catch (e) { return [e.name, e.code, e.message].join('|'); } }`)
	require.NoError(t, err)
	return e
}

// run runs js as the first task, then the loop until it is idle, and
// returns the recorded lines.
func (e *env) run(js string) []string {
	e.t.Helper()
	e.out = nil
	var err error
	e.host.Run(func() { _, err = e.vm.RunString(js) })
	require.NoError(e.t, err)
	require.NoError(e.t, e.loop.Run())
	return e.out
}

// eval runs js as a block and returns its completion value as a string.
func (e *env) eval(js string) string {
	e.t.Helper()
	v, err := e.vm.RunString("{" + js + "\n}")
	require.NoError(e.t, err, js)
	return v.String()
}

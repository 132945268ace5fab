package dns

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/internal/host"
)

// env is a runtime on a loop with the dns modules as the globals `dns` and
// `dnsPromises`, and `out(...)` recording lines.
type env struct {
	t        *testing.T
	vm       *goja.Runtime
	loop     *loop.Loop
	host     *host.Host
	out      []string
	uncaught []string
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
	e.host.SetUncaughtHandler(func(err goja.Value) { e.uncaught = append(e.uncaught, err.String()) })
	for name, loader := range map[string]func(*goja.Runtime, *goja.Object){"dns": Require, "dnsPromises": RequirePromises} {
		module := vm.NewObject()
		require.NoError(t, module.Set("exports", vm.NewObject()))
		loader(vm, module)
		require.NoError(t, vm.Set(name, module.Get("exports")))
	}
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

// run runs js as the first task, then the loop until it is idle, and
// returns the recorded lines.
func (e *env) run(js string) []string {
	e.t.Helper()
	var err error
	e.host.Run(func() { _, err = e.vm.RunString(js) })
	require.NoError(e.t, err)
	require.NoError(e.t, e.loop.Run())
	require.Empty(e.t, e.uncaught)
	return e.out
}

package fs

import (
	"strings"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/core/loop"
	"github.com/nodeshim/nodeshim/internal/host"
)

// env is a runtime on a loop with the fs module as the global `fs`, a
// temporary directory as the global `dir`, and `out(...)` recording lines.
type env struct {
	t        *testing.T
	vm       *goja.Runtime
	loop     *loop.Loop
	host     *host.Host
	dir      string
	out      []string
	uncaught []string
}

func newEnv(t *testing.T) *env {
	t.Helper()
	l, err := loop.New()
	require.NoError(t, err)
	vm := goja.New()
	e := &env{t: t, vm: vm, loop: l, host: host.New(vm, l), dir: t.TempDir()}
	t.Cleanup(func() {
		_ = l.Close()
	})
	e.host.SetUncaughtHandler(func(err goja.Value) { e.uncaught = append(e.uncaught, err.String()) })
	buffer.Enable(vm)
	for name, loader := range map[string]func(*goja.Runtime, *goja.Object){"fs": Require, "fsp": RequirePromises} {
		module := vm.NewObject()
		require.NoError(t, module.Set("exports", vm.NewObject()))
		loader(vm, module)
		require.NoError(t, vm.Set(name, module.Get("exports")))
	}
	require.NoError(t, vm.Set("dir", e.dir))
	require.NoError(t, vm.Set("out", func(call goja.FunctionCall) goja.Value {
		parts := make([]string, len(call.Arguments))
		for i, a := range call.Arguments {
			parts[i] = a.String()
		}
		e.out = append(e.out, strings.Join(parts, " "))
		return goja.Undefined()
	}))
	_, err = vm.RunString(`
		function describe(e) { return [e.name, e.code, e.message].join('|'); }
		function attempt(f) { try { return 'ok ' + JSON.stringify(f()); } catch (e) { return describe(e); } }`)
	require.NoError(t, err)
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

// eval runs js synchronously, as a block so that its declarations stay
// local, and returns its completion value as a string.
func (e *env) eval(js string) string {
	e.t.Helper()
	v, err := e.vm.RunString("{" + js + "\n}")
	require.NoError(e.t, err, js)
	return v.String()
}

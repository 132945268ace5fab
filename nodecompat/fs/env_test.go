package fs

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/internal/hosttest"
	"github.com/nodeshim/nodeshim/nodecompat/internal/modtest"
)

// env is a runtime on a loop with the fs module as the global `fs`, a
// temporary directory as the global `dir`, and `out(...)` recording lines.
type env struct {
	*hosttest.Env
	dir string
}

func newEnv(t *testing.T) *env {
	t.Helper()
	e := &env{Env: hosttest.New(t, "out"), dir: t.TempDir()}
	vm := e.VM
	buffer.Enable(vm)
	modtest.Load(t, vm, "fs", Require)
	modtest.Load(t, vm, "fsp", RequirePromises)
	require.NoError(t, vm.Set("dir", e.dir))
	_, err := vm.RunString(`
		function describe(e) { return [e.name, e.code, e.message].join('|'); }
		function attempt(f) { try { return 'ok ' + JSON.stringify(f()); } catch (e) { return describe(e); } }`)
	require.NoError(t, err)
	return e
}

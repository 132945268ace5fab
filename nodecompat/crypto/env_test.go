package crypto

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/buffer"
	"github.com/nodeshim/nodeshim/internal/hosttest"
	"github.com/nodeshim/nodeshim/nodecompat/internal/modtest"
)

// env is a runtime on a loop with the module as the global `c`, the global
// `crypto` enabled, and `out(...)` recording lines.
type env struct{ *hosttest.Env }

func newEnv(t *testing.T) *env {
	t.Helper()
	e := &env{hosttest.New(t, "out")}
	vm := e.VM
	buffer.Enable(vm)
	modtest.Load(t, vm, "c", Require)
	Enable(vm)
	_, err := vm.RunString(`function attempt(f) {
		try { return 'ok ' + String(f()); } catch (e) { return [e.name, e.code, e.message].join('|'); } }`)
	require.NoError(t, err)
	return e
}

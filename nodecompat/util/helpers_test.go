package util

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/nodecompat/internal/modtest"
)

// newVM returns a runtime with util required as the global `util`.
func newVM(t *testing.T) *goja.Runtime {
	t.Helper()
	vm := goja.New()
	modtest.Load(t, vm, "util", Require)
	return vm
}

// eval runs src and returns its value, failing the test on an exception.
func eval(t *testing.T, vm *goja.Runtime, src string) goja.Value {
	t.Helper()
	v, err := vm.RunString(src)
	require.NoError(t, err, src)
	return v
}

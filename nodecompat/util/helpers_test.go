package util

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"
)

// newVM returns a runtime with util required as the global `util`.
func newVM(t *testing.T) *goja.Runtime {
	t.Helper()
	vm := goja.New()
	module := vm.NewObject()
	require.NoError(t, module.Set("exports", vm.NewObject()))
	Require(vm, module)
	require.NoError(t, vm.Set("util", module.Get("exports")))
	return vm
}

// eval runs src and returns its value, failing the test on an exception.
func eval(t *testing.T, vm *goja.Runtime, src string) goja.Value {
	t.Helper()
	v, err := vm.RunString(src)
	require.NoError(t, err, src)
	return v
}

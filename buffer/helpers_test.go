package buffer

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"
)

// newVM returns a runtime with the module's globals enabled.
func newVM(t testing.TB) *goja.Runtime {
	t.Helper()
	vm := goja.New()
	Enable(vm)
	return vm
}

// run evaluates src on vm and fails the test on an exception.
func run(t testing.TB, vm *goja.Runtime, src string) goja.Value {
	t.Helper()
	v, err := vm.RunString(src)
	require.NoError(t, err)
	return v
}

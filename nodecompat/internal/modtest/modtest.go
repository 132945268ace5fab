// Package modtest loads a Node module into a bare goja runtime, for the
// unit tests of the modules (before or without the whole nodeshim runtime).
package modtest

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/require"
)

// Load calls load (a module's Require) with a fresh module object, makes
// the module's exports the global called name, and returns them.
func Load(t testing.TB, vm *goja.Runtime, name string, load func(*goja.Runtime, *goja.Object)) *goja.Object {
	t.Helper()
	module := vm.NewObject()
	require.NoError(t, module.Set("exports", vm.NewObject()))
	load(vm, module)
	exports := module.Get("exports").ToObject(vm)
	require.NoError(t, vm.Set(name, exports))
	return exports
}

// Eval runs js on vm, failing the test if it throws, and returns the
// string value of its completion.
func Eval(t testing.TB, vm *goja.Runtime, js string) string {
	t.Helper()
	v, err := vm.RunString(js)
	require.NoError(t, err, js)
	return v.String()
}

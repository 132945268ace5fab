package modtest

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLoadMakesTheExportsAGlobal(t *testing.T) {
	vm := goja.New()
	// A module that replaces module.exports, as some do.
	exports := Load(t, vm, "m", func(vm *goja.Runtime, module *goja.Object) {
		fn := vm.ToValue(func(goja.FunctionCall) goja.Value { return vm.ToValue(42) })
		require.NoError(t, module.Set("exports", fn))
	})
	v, err := vm.RunString(`m()`)
	require.NoError(t, err)
	assert.Equal(t, int64(42), v.ToInteger())
	assert.Same(t, exports, vm.Get("m").ToObject(vm))
}

func TestEvalReturnsTheCompletionAsAString(t *testing.T) {
	assert.Equal(t, "3", Eval(t, goja.New(), `1 + 2`))
}

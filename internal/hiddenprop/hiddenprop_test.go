package hiddenprop

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestGet(t *testing.T) {
	vm := goja.New()
	key, other := goja.NewSymbol("key"), goja.NewSymbol("other")
	obj := vm.NewObject()
	require.NoError(t, obj.SetSymbol(key, vm.ToValue(&struct{ n int }{7})))

	got, ok := Get[*struct{ n int }](obj, key)
	require.True(t, ok)
	assert.Equal(t, 7, got.n)

	_, ok = Get[string](obj, key)
	assert.False(t, ok, "a value of another type")
	_, ok = Get[*struct{ n int }](obj, other)
	assert.False(t, ok, "no property under that symbol")
	_, ok = Get[*struct{ n int }](vm.ToValue(5), key)
	assert.False(t, ok, "not an object")
}

package gomodule

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

type impl struct{ name string }

func TestOfFindsOnlyWhatMarkAttached(t *testing.T) {
	vm := goja.New()
	key, other := NewKey("test.module"), NewKey("test.other")
	exports := vm.NewObject()
	want := &impl{name: "m"}
	key.Mark(vm, exports, want)

	got, ok := Of[*impl](key, exports)
	require.True(t, ok)
	assert.Same(t, want, got)

	for _, tc := range []struct {
		name    string
		key     Key
		exports goja.Value
	}{
		{"not an object", key, vm.ToValue(5)},
		{"an object never marked", key, vm.NewObject()},
		{"marked by another module", other, exports},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, ok := Of[*impl](tc.key, tc.exports)
			assert.False(t, ok)
		})
	}
	_, ok = Of[string](key, exports)
	assert.False(t, ok, "a value of another type")

	assert.Empty(t, exports.Keys(), "the mark is a hidden symbol property")
	assert.Error(t, vm.Try(func() { key.Mark(vm, exports, &impl{}) }), "it cannot be redefined")
}

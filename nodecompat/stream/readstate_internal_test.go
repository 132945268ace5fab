package stream

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// put and get round-trip a state's flags, whether the number's Value is a
// recent one or new (with the recent ones replaced in turn).
func TestReadableFlagsRoundTrip(t *testing.T) {
	vm := goja.New()
	r := &readableFlags{vm: vm}
	st := vm.NewObject()
	_, ok := r.get(st)
	assert.False(t, ok, "no flags number yet")
	require.NoError(t, st.SetSymbol(StateKey, "x"))
	_, ok = r.get(st)
	assert.False(t, ok, "a flags value that is not a number")

	for _, flags := range []int64{1052940, rReading | 1052940, 1052940, 7, 1 << 27, rReading | 1052940, 1052940} {
		r.put(st, flags)
		got, ok := r.get(st)
		require.True(t, ok)
		assert.Equal(t, flags, got)
		assert.Equal(t, flags, st.GetSymbol(StateKey).ToInteger(), "as the scripts see it")
	}
}

package callcache

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCallableFindsEachFunctionAgain asks for more functions than the ring
// holds, in turn and again: each Callable must call its own function, and
// a remembered one must cost no allocation.
func TestCallableFindsEachFunctionAgain(t *testing.T) {
	vm := goja.New()
	var fns []goja.Value
	for i := range size + 3 {
		v, err := vm.RunString(`(function (i) { return () => i; })(` + string(rune('0'+i%10)) + `)`)
		require.NoError(t, err)
		fns = append(fns, v)
	}
	var c Cache
	for round := range 2 {
		for i, fn := range fns {
			call, ok := c.Callable(fn)
			require.True(t, ok)
			v, err := call(goja.Undefined())
			require.NoError(t, err)
			assert.Equal(t, int64(i%10), v.ToInteger(), "round %d, function %d", round, i)
		}
	}
	last := fns[len(fns)-1]
	assert.Zero(t, testing.AllocsPerRun(10, func() { _, _ = c.Callable(last) }))
}

func TestCallableRefusesWhatIsNoFunction(t *testing.T) {
	vm := goja.New()
	var c Cache
	for _, v := range []goja.Value{goja.Undefined(), vm.ToValue(1), vm.NewObject()} {
		_, ok := c.Callable(v)
		assert.False(t, ok, "%v", v)
	}
}

// TestProxyGetsACopyOfItsArguments checks that a Proxy's apply trap may
// keep the arguments array it gets: goja builds it over the caller's
// slice, which the caller reuses.
func TestProxyGetsACopyOfItsArguments(t *testing.T) {
	vm := goja.New()
	fn, err := vm.RunString(`var kept = []; new Proxy(function () {}, { apply(t, self, args) { kept.push(args); } })`)
	require.NoError(t, err)
	var c Cache
	call, ok := c.Callable(fn)
	require.True(t, ok)
	args := []goja.Value{vm.ToValue("a")}
	for _, v := range []string{"a", "b"} {
		args[0] = vm.ToValue(v)
		_, err = call(goja.Undefined(), args...)
		require.NoError(t, err)
	}
	args[0] = vm.ToValue("c")
	kept, err := vm.RunString(`JSON.stringify(kept)`)
	require.NoError(t, err)
	assert.Equal(t, `[["a"],["b"]]`, kept.String())
}

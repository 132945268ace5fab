package vmstack

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// deepScript returns a function that recurses n levels, with locals on
// every level, and returns the sum of its arguments as it unwinds.
const deepScript = `(function (n) {
	function deep(n) { if (n === 0) return 0; const a = n, b = 2 * n; return deep(n - 1) + a + b - 2 * n; }
	return deep(n);
})`

func newDeep(t testing.TB) (*goja.Runtime, goja.Callable) {
	vm := goja.New()
	v, err := vm.RunString(deepScript)
	require.NoError(t, err)
	fn, ok := goja.AssertFunction(v)
	require.True(t, ok)
	return vm, fn
}

func TestKeeperReachesThisGoja(t *testing.T) {
	// If this fails, goja's layout changed: stackField must be updated (or
	// the Keeper dropped) when goja is upgraded.
	require.True(t, New(goja.New()).Active())
}

func TestLentStackSparesTheRegrowth(t *testing.T) {
	vm, fn := newDeep(t)
	k := New(vm)
	call := func() {
		v, err := fn(goja.Undefined(), vm.ToValue(30))
		require.NoError(t, err)
		require.Equal(t, int64(465), v.ToInteger())
	}
	without := testing.AllocsPerRun(50, call)
	with := testing.AllocsPerRun(50, func() {
		k.Lend()
		call()
		k.Wipe()
	})
	assert.Greater(t, without, with, "goja regrows its stack on every outermost call without the Keeper")
}

func TestWipeDropsTheFinishedTasksValues(t *testing.T) {
	vm := goja.New()
	k := New(vm)
	v, err := vm.RunString(`(function () { const big = new Array(10).fill({}); return [big].length; })`)
	require.NoError(t, err)
	fn, _ := goja.AssertFunction(v)
	k.Lend()
	_, err = fn(goja.Undefined())
	require.NoError(t, err)
	used := 0
	for _, s := range k.spare[:cap(k.spare)] {
		if s != nil {
			used++
		}
	}
	require.Positive(t, used, "the call ran on the lent stack")
	k.Wipe()
	for i, s := range k.spare[:cap(k.spare)] {
		require.Nil(t, s, "slot %d", i)
	}
}

func TestDeepLeftoversAreWipedWithinAFullWipe(t *testing.T) {
	vm := goja.New()
	k := New(vm)
	full := k.spare[:cap(k.spare)]
	full[spareSlots-1] = vm.ToValue("left by a deep task")
	for range fullWipeEvery {
		k.Wipe()
	}
	for i, s := range full {
		require.Nil(t, s, "slot %d", i)
	}
}

func TestCallsDeeperThanTheSpareAndExceptionsStayCorrect(t *testing.T) {
	vm, fn := newDeep(t)
	k := New(vm)
	thrower, err := vm.RunString(`(function () { throw new RangeError('boom'); })`)
	require.NoError(t, err)
	throw, _ := goja.AssertFunction(thrower)
	cases := []struct {
		name  string
		depth int64
		want  int64
	}{
		{"shallow", 3, 6},
		{"beyond the spare", 2000, 2001000},
		{"shallow again", 10, 55},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			k.Lend()
			v, err := fn(goja.Undefined(), vm.ToValue(c.depth))
			k.Wipe()
			require.NoError(t, err)
			assert.Equal(t, c.want, v.ToInteger())

			k.Lend()
			_, err = throw(goja.Undefined())
			k.Wipe()
			var ex *goja.Exception
			require.ErrorAs(t, err, &ex)
			assert.Contains(t, ex.Error(), "RangeError: boom")
		})
	}
}

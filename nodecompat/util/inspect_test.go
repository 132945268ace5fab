package util

import (
	"math"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestInspectMatchesNode(t *testing.T) {
	vm := newVM(t)
	for _, tc := range nodeInspectCases {
		v := eval(t, vm, "("+tc.expr+")")
		opts := DefaultOptions(vm)
		if tc.opts != "" {
			opts.Apply(eval(t, vm, "("+tc.opts+")").(*goja.Object))
		}
		assert.Equal(t, tc.want, Inspect(vm, v, opts), "%s with %s", tc.expr, tc.opts)
	}
}

func TestInspectFromJSMatchesGo(t *testing.T) {
	vm := newVM(t)
	got := eval(t, vm, `util.inspect({ a: [1, 2], b: { c: { d: 1 } } }, { depth: 1 })`).String()
	opts := DefaultOptions(vm)
	opts.Depth = 1
	assert.Equal(t, "{ a: [ 1, 2 ], b: { c: [Object] } }", got)
	assert.Equal(t, got, Inspect(vm, eval(t, vm, `({ a: [1, 2], b: { c: { d: 1 } } })`), opts))
}

func TestInspectLegacyArguments(t *testing.T) {
	vm := newVM(t)
	for src, want := range map[string]string{
		`util.inspect({ a: { b: { c: 1 } } }, false, 0)`:              "{ a: [Object] }",
		`util.inspect([1, 2], true)`:                                  "[ 1, 2, [length]: 2 ]",
		`util.inspect(1, false, undefined, true)`:                     "\x1b[33m1\x1b[39m",
		`util.inspect({ a: { b: { c: {} } } }, { depth: undefined })`: "{ a: { b: { c: {} } } }",
	} {
		assert.Equal(t, want, eval(t, vm, src).String(), src)
	}
}

func TestDefaultOptionsFollowJS(t *testing.T) {
	vm := newVM(t)
	assert.Equal(t, float64(2), DefaultOptions(vm).Depth)
	eval(t, vm, `util.inspect.defaultOptions.depth = null; util.inspect.defaultOptions = { compact: true, breakLength: Infinity }`)
	opts := DefaultOptions(vm)
	assert.True(t, math.IsInf(opts.Depth, 1))
	assert.Equal(t, CompactTrue, opts.Compact)
	assert.True(t, math.IsInf(opts.BreakLength, 1))
	_, err := vm.RunString(`util.inspect.defaultOptions = 5`)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `The "options" argument must be of type object`)
}

func TestInspectRethrowsFromCustomInspector(t *testing.T) {
	vm := newVM(t)
	v := eval(t, vm, `({ [Symbol.for('nodejs.util.inspect.custom')]() { throw new RangeError('no') } })`)
	ex := vm.Try(func() { Inspect(vm, v, DefaultOptions(vm)) })
	require.NotNil(t, ex)
	assert.Contains(t, ex.Error(), "RangeError: no")
}

func TestInspectSharesStateAcrossRequires(t *testing.T) {
	vm := newVM(t)
	m := vm.NewObject()
	require.NoError(t, m.Set("exports", vm.NewObject()))
	Require(vm, m)
	same := m.Get("exports").(*goja.Object).Get("inspect")
	assert.True(t, same.SameAs(eval(t, vm, "util.inspect")), "both requires export the same inspect")
	// Custom inspectors receive util.inspect itself as their third argument.
	assert.Equal(t, "true", eval(t, vm, `util.inspect({ [util.inspect.custom](d, o, i) { return String(i === util.inspect) } })`).String())
}

func TestNodeStack(t *testing.T) {
	for in, want := range map[string]string{
		"Error: m\n\tat f (file.js:1:2(3))\n\tat file.js:4:5(6)\n": "Error: m\n    at f (file.js:1:2)\n    at file.js:4:5",
		"Error: m\n    at f (file.js:1:2)":                         "Error: m\n    at f (file.js:1:2)",
		"TypeError: x\n\tat native\n":                              "TypeError: x\n    at native",
		"no frames":                                                "no frames",
	} {
		assert.Equal(t, want, NodeStack(in), in)
	}
}

func TestInspectGojaErrorStack(t *testing.T) {
	vm := newVM(t)
	_, err := vm.RunScript("app.js", "function boom() { throw new TypeError('bad'); }\ntry { boom(); } catch (e) { globalThis.caught = e; }")
	require.NoError(t, err)
	got := Inspect(vm, vm.Get("caught"), DefaultOptions(vm))
	assert.Equal(t, "TypeError: bad\n    at boom (app.js:1:25)\n    at app.js:2:11", got)
}

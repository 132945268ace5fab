package jskind

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestOf(t *testing.T) {
	vm := goja.New()
	for _, tc := range []struct {
		src  string
		want Kind
	}{
		{"({})", Object},
		{"({[Symbol.toStringTag]: 'Map'})", Object},
		{"new WeakMap()", Object},
		{"[]", Array},
		{"(function(){})", Function},
		{"(class {})", Function},
		{"new TypeError('x')", Error},
		{"new Date(0)", Date},
		{"/a/", RegExp},
		{"(function(){ return arguments })()", Arguments},
		{"new Number(1)", Number},
		{"new String('s')", String},
		{"new Boolean(true)", Boolean},
		{"Object(1n)", BigInt},
		{"Object(Symbol('s'))", Symbol},
		{"new Map()", Map},
		{"new Set()", Set},
		{"Promise.resolve()", Promise},
		{"new Float64Array(1)", TypedArray},
		{"new Uint8Array(1)", TypedArray},
		{"new ArrayBuffer(1)", ArrayBuffer},
		{"new Proxy({}, {})", Proxy},
	} {
		t.Run(tc.src, func(t *testing.T) {
			v, err := vm.RunString(tc.src)
			require.NoError(t, err)
			assert.Equal(t, tc.want, Of(v.ToObject(vm)))
		})
	}
}

func TestIsBoxed(t *testing.T) {
	for k := Object; k <= Proxy; k++ {
		want := k == Number || k == String || k == Boolean || k == BigInt || k == Symbol
		assert.Equal(t, want, k.IsBoxed(), "kind %d", k)
	}
}

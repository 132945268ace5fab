package emitter

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestIsFunctionAgreesWithTypeof checks isFunction against JavaScript's
// typeof for every kind of callable goja makes and for look-alikes.
func TestIsFunctionAgreesWithTypeof(t *testing.T) {
	vm := goja.New()
	vm.Set("native", func(goja.FunctionCall) goja.Value { return goja.Undefined() })
	cases := []struct {
		src  string
		want bool
	}{
		{`(function () {})`, true},
		{`(() => 1)`, true},
		{`(class {})`, true},
		{`(async function () {})`, true},
		{`(async () => {})`, true},
		{`({ async m() {} }).m`, true},
		{`(function* () {})`, true},
		{`({ m() {} }).m`, true},
		{`(function () {}).bind(null)`, true},
		{`native`, true},
		{`Function.prototype`, true},
		{`new Proxy(function () {}, {})`, true},
		{`(function () { const p = Proxy.revocable(function () {}, {}); p.revoke(); return p.proxy; })()`, true},
		{`({})`, false},
		{`[]`, false},
		{`new Proxy({}, {})`, false},
		{`(function () { const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy; })()`, false},
		{`({ __proto__: Function.prototype })`, false},
		{`'function'`, false},
		{`42`, false},
		{`null`, false},
		{`undefined`, false},
		{`Symbol('f')`, false},
	}
	for _, tc := range cases {
		t.Run(tc.src, func(t *testing.T) {
			v, err := vm.RunString(tc.src)
			require.NoError(t, err)
			assert.Equal(t, tc.want, isFunction(v))
			typ, err := vm.RunString(`typeof ` + tc.src)
			require.NoError(t, err)
			assert.Equal(t, tc.want, typ.String() == "function", "typeof disagrees with the table")
		})
	}
	assert.False(t, isFunction(nil))
}

package jsarg

import (
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/nodeshim/nodeshim/buffer"
)

func eval(t *testing.T, vm *goja.Runtime, src string) goja.Value {
	t.Helper()
	v, err := vm.RunString(src)
	require.NoError(t, err)
	return v
}

func TestIsStringAndNumber(t *testing.T) {
	vm := goja.New()
	for _, tc := range []struct {
		src      string
		isString bool
		num      float64
		isNum    bool
	}{
		{"'a'", true, 0, false},
		{"new String('a')", false, 0, false},
		{"3", false, 3, true},
		{"1.5", false, 1.5, true},
		{"new Number(3)", false, 0, false},
		{"'3'", true, 0, false},
		{"undefined", false, 0, false},
	} {
		v := eval(t, vm, tc.src)
		assert.Equal(t, tc.isString, IsString(v), tc.src)
		n, ok := Number(v)
		assert.Equal(t, tc.isNum, ok, tc.src)
		assert.Equal(t, tc.num, n, tc.src)
	}
	assert.False(t, IsString(nil))
	_, ok := Number(nil)
	assert.False(t, ok)
}

func TestInteger(t *testing.T) {
	vm := goja.New()
	for _, tc := range []struct {
		src, code, msg string
	}{
		{"'1'", "ERR_INVALID_ARG_TYPE", `The "n" argument must be of type number. Received type string ('1')`},
		{"1.5", "ERR_OUT_OF_RANGE", `The value of "n" is out of range. It must be an integer. Received 1.5`},
		{"11", "ERR_OUT_OF_RANGE", `The value of "n" is out of range. It must be >= 0 && <= 10. Received 11`},
	} {
		t.Run(tc.src, func(t *testing.T) {
			v := eval(t, vm, tc.src)
			defer func() {
				r := recover()
				o, ok := r.(*goja.Object)
				require.True(t, ok, "panics with a JS error, got %v", r)
				assert.Equal(t, tc.code, o.Get("code").String())
				assert.Equal(t, tc.msg, o.Get("message").String())
			}()
			Integer(vm, v, "n", 0, 10)
		})
	}
	assert.Equal(t, 7.0, Integer(vm, vm.ToValue(7), "n", 0, 10))
}

func TestView(t *testing.T) {
	vm := goja.New()
	buffer.Enable(vm)
	b, ok := View(vm, eval(t, vm, "new Uint8Array([1, 2])"))
	require.True(t, ok)
	assert.Equal(t, []byte{1, 2}, b)
	_, ok = View(vm, eval(t, vm, "new ArrayBuffer(2)"))
	assert.False(t, ok, "a bare ArrayBuffer is not a view")
	_, ok = View(vm, eval(t, vm, "'ab'"))
	assert.False(t, ok)
}

func TestFormatNumber(t *testing.T) {
	assert.Equal(t, "4294967295", FormatNumber(4294967295))
	assert.Equal(t, "0.5", FormatNumber(0.5))
}

func TestFunction(t *testing.T) {
	vm := goja.New()
	fn := Function(vm, eval(t, vm, "() => 5"), "cb")
	v, err := fn(goja.Undefined())
	require.NoError(t, err)
	assert.Equal(t, int64(5), v.ToInteger())
	defer func() {
		o, ok := recover().(*goja.Object)
		require.True(t, ok, "panics with a JS error")
		assert.Equal(t, "ERR_INVALID_ARG_TYPE", o.Get("code").String())
		assert.Equal(t, `The "cb" argument must be of type function. Received type number (1)`, o.Get("message").String())
	}()
	Function(vm, vm.ToValue(1), "cb")
}

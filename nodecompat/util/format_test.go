package util

import (
	"math"
	"strconv"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// nodeFormatCases are util.format(...args) results recorded under Node
// v20.20.2: {arguments as a JS array literal, Node's output}.
var nodeFormatCases = []struct{ args, want string }{
	{"['%s', 'str']", "str"},
	{"['%s', 42]", "42"},
	{"['%s', -0]", "-0"},
	{"['%s', 10n]", "10n"},
	{"['%s', null]", "null"},
	{"['%s', Symbol('s')]", "Symbol(s)"},
	{"['%s', { a: { b: 1 } }]", "{ a: [Object] }"},
	{"['%s', [1, [2, [3]]]]", "[ 1, [Array] ]"},
	{"['%s', new Date(0)]", "1970-01-01T00:00:00.000Z"},
	{"['%s', { toString() { return 'T' } }]", "T"},
	{"['%s', { [Symbol.toPrimitive]() { return 'P' } }]", "P"},
	{"['%s', new (class D extends Date {})(0)]", "D 1970-01-01T00:00:00.000Z"},
	{"['%s', new (class D extends Date { toString() { return 'd' } })(0)]", "d"},
	{"['%d', '42.5']", "42.5"},
	{"['%d', {}]", "NaN"},
	{"['%d', 5n]", "5n"},
	{"['%d', Symbol('x')]", "NaN"},
	{"['%i', '42.9x']", "42"},
	{"['%i', 1e21]", "1"},
	{"['%i', 5n]", "5n"},
	{"['%f', '3.5abc']", "3.5"},
	{"['%f', 2n]", "2"},
	{"['%j', { a: [1] }]", "{\"a\":[1]}"},
	{"['%j', undefined]", "undefined"},
	{"['%o', [1]]", "[ 1, [length]: 1 ]"},
	{"['%O', { a: { b: { c: { d: 1 } } } }]", "{ a: { b: { c: [Object] } } }"},
	{"['%c%s', 'css', 'x']", "x"},
	{"['100%% %s %', 5]", "100% 5 %"},
	{"['%s']", "%s"},
	{"['%x %s', 1]", "%x 1"},
	{"['%s:%s', 'a']", "a:%s"},
	{"['%%s %s', 'x']", "%s x"},
	{"['%s %s', 'a', 'b', 'extra', { o: 1 }]", "a b extra { o: 1 }"},
	{"[1, 2, 'a']", "1 2 a"},
	{"[{ a: 1 }, 'b']", "{ a: 1 } b"},
	{"[]", ""},
	{"['']", ""},
	{"[null, undefined]", "null undefined"},
	{"['%', 1]", "% 1"},
	{"['é %s ü', 'ok']", "é ok ü"},
	{"['%s', 'a\\nb']", "a\nb"},
}

func TestFormatMatchesNode(t *testing.T) {
	vm := newVM(t)
	for _, tc := range nodeFormatCases {
		arr := eval(t, vm, tc.args).(*goja.Object)
		var args []goja.Value
		for i := int64(0); i < arr.Get("length").ToInteger(); i++ {
			args = append(args, arr.Get(strconv.FormatInt(i, 10)))
		}
		assert.Equal(t, tc.want, Format(vm, args), tc.args)
		assert.Equal(t, tc.want, eval(t, vm, "util.format(..."+tc.args+")").String(), tc.args)
	}
}

func TestFormatJSONRethrowsOtherErrors(t *testing.T) {
	vm := newVM(t)
	_, err := vm.RunString(`util.format('%j', { toJSON() { throw new RangeError('nope') } })`)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "RangeError: nope")
	assert.Equal(t, "[Circular]", eval(t, vm, `const c = {}; c.c = c; util.format('%j', c)`).String())
}

func TestFormatWithOptions(t *testing.T) {
	vm := newVM(t)
	opts := DefaultOptions(vm)
	opts.Colors = true
	got := FormatWithOptions(vm, opts, []goja.Value{vm.ToValue("n"), vm.ToValue(1), vm.ToValue("raw"), eval(t, vm, "['x']")})
	assert.Equal(t, "n \x1b[33m1\x1b[39m raw [ \x1b[32m'x'\x1b[39m ]", got)
	_, err := vm.RunString(`util.formatWithOptions(null, 'x')`)
	require.Error(t, err)
	assert.Contains(t, err.Error(), `The "inspectOptions" argument must be of type object. Received null`)
}

func TestJSNumberMatchesEngine(t *testing.T) {
	vm := goja.New()
	values := []float64{0, 1, -1, 0.1, 1e21, 1e-7, 123e-20, 1.7976931348623157e308, 5e-324, 1 << 53, -123.456, 1 / 3.0, 100, 1e20, 123456789012345680000}
	for i := 0; i < 2000; i++ {
		values = append(values, math.Float64frombits(uint64(i)*0x9E3779B97F4A7C15))
	}
	for _, f := range values {
		if math.IsNaN(f) {
			continue
		}
		assert.Equal(t, vm.ToValue(f).String(), jsNumber(f), "%v", f)
	}
}

func TestNumericSeparator(t *testing.T) {
	c := &inspectCtx{opts: InspectOptions{NumericSeparator: true}}
	for f, want := range map[float64]string{
		1234567: "1_234_567", -1234.5678: "-1_234.567_8", 0.0001234: "0.000_123_4", 1e21: "1e+21", 1e-7: "1e-.1e-_7", 12: "12",
	} {
		assert.Equal(t, want, c.formatNumber(f), "%v", f)
	}
	assert.Equal(t, "-1_234n", c.formatBigInt("-1234"))
}

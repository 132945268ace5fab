package assert

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/dop251/goja"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCallBounds(t *testing.T) {
	tests := []struct{ src, want string }{
		{`assert(x === ')' && /[)]/.test(y))`, `assert(x === ')' && /[)]/.test(y))`},
		{`if (a) assert.strict.ok(f(1), "(") // trailing ( comment`, `assert.strict.ok(f(1), "(")`},
		{"x = assert\n  .ok(`a${(1)}b` /* ) */);", "assert\n  .ok(`a${(1)}b` /* ) */)"},
		{`foo(assert(1 / 2 > 0))`, `assert(1 / 2 > 0)`},
	}
	for _, tc := range tests {
		open := indexOfCallParen(tc.src, tc.want)
		start, end, ok := callBounds(tc.src, open)
		require.True(t, ok, tc.src)
		assert.Equal(t, tc.want, tc.src[start:end], tc.src)
	}
	_, _, ok := callBounds("(1 + 2)", 0)
	assert.False(t, ok, "a parenthesised expression is not a call")
	_, _, ok = callBounds("assert(1", 6)
	assert.False(t, ok, "unclosed call")
}

// indexOfCallParen finds the '(' that opens the call want within src.
func indexOfCallParen(src, want string) int {
	for i := 0; i+len(want) <= len(src); i++ {
		if src[i:i+len(want)] == want {
			for j := i; j < len(src); j++ {
				if src[j] == '(' {
					return j
				}
			}
		}
	}
	return -1
}

func TestReindent(t *testing.T) {
	assert.Equal(t, "assert(\n    x,\n  )", reindent("assert(\n    x,\n  )", 2))
	assert.Equal(t, "f(\n  a\n  b)", reindent("f(\n\t\ta\n b)", 4))
}

func TestCallSourceReadsTheScript(t *testing.T) {
	file := filepath.Join(t.TempDir(), "s.js")
	src := "const x = 1;\n  probe(x === 2,\n    'more');\n"
	require.NoError(t, os.WriteFile(file, []byte(src), 0o600))
	vm := goja.New()
	var got string
	var found bool
	require.NoError(t, vm.Set("probe", func(goja.FunctionCall) goja.Value {
		got, found = callSource(vm)
		return goja.Undefined()
	}))
	_, err := vm.RunScript(file, src)
	require.NoError(t, err)
	require.True(t, found)
	assert.Equal(t, "probe(x === 2,\n    'more')", got)

	_, err = vm.RunScript("<eval>", "probe(1)")
	require.NoError(t, err)
	assert.False(t, found, "no source without a file")
}
